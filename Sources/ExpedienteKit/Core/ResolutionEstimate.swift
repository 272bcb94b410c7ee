/// The resolution of a scan: declared in the JFIF header or in Exif, or, when
/// neither says anything usable, inferred from the pixel size of a known page.
public struct ResolutionEstimate: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case jfif
        case exif
        /// Inferred from the pixel size of a page of this paper.
        case inferred(Paper)
    }

    public enum Paper: String, Sendable, CaseIterable {
        case letter, a4, oficio

        /// Size in inches, short side first.
        public var inches: (short: Double, long: Double) {
            switch self {
            case .letter: (8.5, 11)
            case .a4: (210 / 25.4, 297 / 25.4)
            case .oficio: (216 / 25.4, 340 / 25.4)
            }
        }

        public var spanishName: String {
            switch self {
            case .letter: "carta"
            case .a4: "A4"
            case .oficio: "oficio"
            }
        }
    }

    public let dpi: Double
    public let source: Source

    /// Densities that say nothing: 72 dpi is the default of cameras and editors, and
    /// anything under 10 is a placeholder such as 1:1.
    static func isMeaningful(_ density: PixelDensity?) -> Double? {
        guard let dpi = density?.dpi, dpi >= 10, abs(dpi - 72) > 0.5 else { return nil }
        return dpi
    }

    /// Nil when nothing is declared and the pixel size fits no known page.
    public static func estimate(header: JPEGHeader, layout: JPEGLayout?) -> ResolutionEstimate? {
        if let dpi = isMeaningful(header.jfifDensity ?? layout?.jfifDensity) {
            return ResolutionEstimate(dpi: dpi, source: .jfif)
        }
        if let exif = layout?.exif, let dpi = isMeaningful(ExifResolution.density(in: exif)) {
            return ResolutionEstimate(dpi: dpi, source: .exif)
        }
        return infer(width: header.width, height: header.height)
    }

    /// A page whose proportions are within 2% of a known paper size.
    static func infer(width: Int, height: Int) -> ResolutionEstimate? {
        let short = Double(min(width, height)), long = Double(max(width, height))
        guard short > 0 else { return nil }
        let ratio = long / short
        let best = Paper.allCases.min { a, b in
            abs(a.inches.long / a.inches.short - ratio) < abs(b.inches.long / b.inches.short - ratio)
        }!
        let paperRatio = best.inches.long / best.inches.short
        guard abs(paperRatio - ratio) / paperRatio <= 0.02 else { return nil }
        return ResolutionEstimate(dpi: long / best.inches.long, source: .inferred(best))
    }

    /// What the file itself declares when that was not usable, in Spanish.
    public static func declaredDescription(header: JPEGHeader, layout: JPEGLayout?) -> String {
        let densities = [header.jfifDensity ?? layout?.jfifDensity, layout?.exif.flatMap(ExifResolution.density(in:))]
        if let dpi = densities.compactMap({ $0?.dpi }).first {
            return abs(dpi - 72) <= 0.5
                ? "declara 72 ppp (el valor por omisión de cámaras y editores, no la resolución real)"
                : "declara \(Int(dpi.rounded())) ppp, un valor que no corresponde a un escaneo"
        }
        if densities.contains(where: { $0?.unit == DensityUnit.none }) {
            return "declara solo la proporción de los píxeles, no la resolución"
        }
        return "no declara su resolución"
    }

    /// How the value was obtained, in Spanish.
    public var method: String {
        switch source {
        case .jfif: "declarada en el encabezado JFIF"
        case .exif: "declarada en los datos Exif"
        case .inferred(let paper): "inferida del tamaño en píxeles de una hoja \(paper.spanishName)"
        }
    }

    public var isInferred: Bool {
        if case .inferred = source { return true }
        return false
    }

    /// Rounded for messages: 299.72 → "300", 150 → "150".
    public var formatted: String { String(Int(dpi.rounded())) }
}
