import Dispatch
import ExpedienteKit
import Foundation

/// One page of the quality calibration set: a document scan with known degradations and the
/// verdict the `quality` stage should give it.
public struct QualityCase: Sendable, Equatable {
    public enum Label: String, Sendable {
        /// A legible scan: no quality check may fire.
        case clean = "limpia"
        /// The defect `check` must be reported.
        case defect = "defecto"
        /// Between the two: measured and shown, not counted in the rates.
        case borderline = "dudosa"
    }

    public let category: String
    public let variant: String
    public let kind: SampleDocumentKind
    public let label: Label
    /// The check a `.defect` page must raise.
    public let check: CheckID?
    public let options: PageOptions

    public var fileName: String { "\(category)-\(variant)-\(kind.rawValue).JPG" }
}

/// The generated scans the quality thresholds are calibrated on (`expediente-samples
/// --quality-set DIR`, `scripts/calibrate-quality`): each degradation at strengths on both
/// sides of the threshold, over document kinds whose text runs from 7 to 17 pt.
public enum QualityCalibrationSet {
    /// Text documents (letter, A4, oficio; gray and colour) and an ID card.
    static let kinds: [SampleDocumentKind] = [.actaNacimiento, .curp, .solicitud, .certificado, .titulo2, .internado, .cedula, .identificacion1]
    /// Orientation and framing apply to sheets of text, not to ID cards (rule files turn them off there).
    static let sheetKinds = kinds.filter { $0.naturalPaper != .idCard }

    public static func cases(seed: UInt64 = 1) -> [QualityCase] {
        var cases: [QualityCase] = []
        var counter: UInt64 = 0
        func add(_ category: String, _ variant: String, _ label: QualityCase.Label, _ check: CheckID?,
                 kinds: [SampleDocumentKind] = kinds, quality: Int = 70, grain: Int = 0, _ degradations: [PageDegradation]) {
            for kind in kinds {
                counter += 1
                let pageSeed = seed &* 0x9E37_79B9_7F4A_7C15 &+ counter
                let seeded = degradations.map { degradation -> PageDegradation in
                    if case .noise(let sigma, _) = degradation { return .noise(sigma: sigma, seed: pageSeed ^ 0x6E6F_6973_6500_0000) }
                    return degradation
                }
                let options = PageOptions(kind: kind, quality: quality, grain: grain, noiseSeed: pageSeed, degradations: seeded)
                cases.append(QualityCase(category: category, variant: variant, kind: kind, label: label, check: check, options: options))
            }
        }
        add("nitida", "q70", .clean, nil, [])
        for q in [30, 50, 90] { add("jpeg", "q\(q)", .clean, nil, quality: q, []) }
        add("grano", "uniforme6", .clean, nil, grain: 6, [])
        for sigma in [6, 12] { add("grano", "sigma\(sigma)", .clean, nil, [.noise(sigma: Double(sigma), seed: 0)]) }
        add("ruido", "sigma25", .borderline, .qualityNoise, [.noise(sigma: 25, seed: 0)])
        for sigma in [45, 70] { add("ruido", "sigma\(sigma)", .defect, .qualityNoise, [.noise(sigma: Double(sigma), seed: 0)]) }
        for sigma in [1.0, 1.5] { add("desenfoque", "sigma\(sigma)", .clean, nil, [.blur(sigma: sigma)]) }
        add("desenfoque", "sigma2.5", .borderline, .qualityBlur, [.blur(sigma: 2.5)])
        for sigma in [4.0, 6.0, 9.0] { add("desenfoque", "sigma\(sigma)", .defect, .qualityBlur, [.blur(sigma: sigma)]) }
        for factor in [0.6, 0.45] { add("contraste", "f\(factor)", .clean, nil, [.contrast(factor: factor)]) }
        add("contraste", "f0.3", .borderline, .qualityLowContrast, [.contrast(factor: 0.3)])
        for factor in [0.18, 0.1] { add("contraste", "f\(factor)", .defect, .qualityLowContrast, [.contrast(factor: factor)]) }
        add("oscura", "f0.75", .clean, nil, [.brightness(factor: 0.75)])
        add("oscura", "f0.55", .borderline, .qualityDark, [.brightness(factor: 0.55)])
        for factor in [0.38, 0.28] { add("oscura", "f\(factor)", .defect, .qualityDark, [.brightness(factor: factor)]) }
        add("en-blanco", "papel", .defect, .qualityBlank, [.blank(paper: 250)])
        add("en-blanco", "papel-q30", .defect, .qualityBlank, quality: 30, [.blank(paper: 250), .noise(sigma: 4, seed: 0)])
        add("en-blanco", "gris", .defect, .qualityBlank, [.blank(paper: 205), .noise(sigma: 6, seed: 0)])
        add("en-blanco", "oscuro", .defect, .qualityBlank, [.blank(paper: 160), .noise(sigma: 8, seed: 0)])
        add("en-blanco", "ruido10", .defect, .qualityBlank, [.blank(paper: 235), .noise(sigma: 10, seed: 0)])
        add("en-blanco", "ruido20", .defect, .qualityBlank, [.blank(paper: 245), .noise(sigma: 20, seed: 0)])
        add("girada", "90", .defect, .qualityRotated, kinds: sheetKinds, [.quarterTurn])
        add("girada", "180", .defect, .qualityRotated, kinds: sheetKinds, [.halfTurn])
        add("encuadre", "borde", .clean, nil, kinds: sheetKinds, [.onTable(scale: 0.94, table: 50)])
        add("encuadre", "mesa50", .defect, .qualityFraming, kinds: sheetKinds, [.onTable(scale: 0.5, table: 60)])
        add("encuadre", "mesa40", .defect, .qualityFraming, kinds: sheetKinds, [.onTable(scale: 0.4, table: 90)])
        return cases
    }

    /// Writes every case into `directory` (created; must be new or empty) with `manifest.json`,
    /// rendering pages in parallel.
    public static func write(to directory: URL, seed: UInt64 = 1) throws -> [QualityCase] {
        let all = cases(seed: seed)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let failures = FailureBox()
        DispatchQueue.concurrentPerform(iterations: all.count) { index in
            let item = all[index]
            do {
                let bytes = try SamplePages.jpeg(item.options)
                try SampleWriter.writeFile(bytes, path: directory.appendingPathComponent(item.fileName).path)
            } catch {
                failures.record(error)
            }
        }
        if let error = failures.first { throw error }
        let manifest = JSONValue.array(all.map { item in
            .object([
                ("file", .string(item.fileName)), ("category", .string(item.category)), ("variant", .string(item.variant)),
                ("document", .string(item.kind.rawValue)), ("label", .string(item.label.rawValue)),
                ("check", .optional(item.check?.rawValue)),
            ])
        })
        try Data((manifest.serialized(indent: 1) + "\n").utf8).write(to: directory.appendingPathComponent("manifest.json"))
        return all
    }

    private final class FailureBox: @unchecked Sendable {
        private let lock = NSLock()
        private var error: (any Error)?

        func record(_ failure: any Error) { lock.withLock { if error == nil { error = failure } } }
        var first: (any Error)? { lock.withLock { error } }
    }
}
