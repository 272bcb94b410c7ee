/// Colour space of the coded JPEG data, as libjpeg identifies it.
public enum JPEGColorSpace: String, Sendable, Equatable, CaseIterable {
    case grayscale, ycbcr, rgb, cmyk, ycck, unknown

    /// True for the spaces a scan should use (gray or ordinary colour), false for print/unknown ones.
    public var isColorOrGray: Bool {
        switch self {
        case .grayscale, .ycbcr, .rgb: true
        case .cmyk, .ycck, .unknown: false
        }
    }
}

public enum DensityUnit: Sendable, Equatable {
    /// Only the aspect ratio is meaningful (JFIF unit 0, Exif unit 1).
    case none
    case perInch
    case perCentimetre
}

public struct PixelDensity: Sendable, Equatable {
    public var unit: DensityUnit
    public var x: Double
    public var y: Double

    public init(unit: DensityUnit, x: Double, y: Double) {
        self.unit = unit
        self.x = x
        self.y = y
    }

    public var xDPI: Double? { Self.toDPI(x, unit) }
    public var yDPI: Double? { Self.toDPI(y, unit) }

    /// The lower of the two axes in dots per inch (conservative for minimum-resolution checks);
    /// nil when the unit carries no physical size.
    public var dpi: Double? {
        guard let xDPI, let yDPI else { return nil }
        return min(xDPI, yDPI)
    }

    private static func toDPI(_ value: Double, _ unit: DensityUnit) -> Double? {
        switch unit {
        case .none: nil
        case .perInch: value
        case .perCentimetre: value * 2.54
        }
    }
}

public struct JPEGHeader: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var components: Int
    public var colorSpace: JPEGColorSpace
    public var progressive: Bool
    public var arithmetic: Bool
    public var precision: Int
    /// Density from the JFIF APP0 marker; nil when the file has no JFIF marker.
    public var jfifDensity: PixelDensity?
    public var hasAdobeMarker: Bool

    public init(width: Int, height: Int, components: Int, colorSpace: JPEGColorSpace, progressive: Bool = false,
                arithmetic: Bool = false, precision: Int = 8, jfifDensity: PixelDensity? = nil, hasAdobeMarker: Bool = false) {
        self.width = width
        self.height = height
        self.components = components
        self.colorSpace = colorSpace
        self.progressive = progressive
        self.arithmetic = arithmetic
        self.precision = precision
        self.jfifDensity = jfifDensity
        self.hasAdobeMarker = hasAdobeMarker
    }

    public var pixelCount: Int { width * height }
}
