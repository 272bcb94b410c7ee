import CExpedienteJPEG

/// 8-bit grayscale raster, rows packed top to bottom.
public struct GrayImage: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// A uniform image, e.g. a white page.
    public init(width: Int, height: Int, fill: UInt8) {
        self.init(width: width, height: height, pixels: [UInt8](repeating: fill, count: width * height))
    }

    public subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }
}

/// 8-bit gray (1 component) or interleaved RGB (3 components) raster, the encoder's input.
public struct RasterImage: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var components: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, components: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.components = components
        self.pixels = pixels
    }

    public init(_ gray: GrayImage) {
        self.init(width: gray.width, height: gray.height, components: 1, pixels: gray.pixels)
    }
}

/// A decoded page plus what libjpeg complained about while decoding it.
///
/// libjpeg warnings are split into three classes (see `exp_jpeg.h`):
/// - truncation (`JWRN_JPEG_EOF`) sets `truncated`;
/// - entropy-data corruption (`JWRN_HUFF_BAD_CODE`, `JWRN_EXTRANEOUS_DATA`, `JWRN_HIT_MARKER`,
///   `JWRN_MUST_RESYNC`, `JWRN_NOT_SEQUENTIAL`, `JWRN_ARITH_BAD_CODE`, `JWRN_BOGUS_PROGRESSION`,
///   `JWRN_TOO_MUCH_DATA`) sets `corrupt`;
/// - everything else is benign: header oddities that leave the pixels intact and that real
///   scanners produce (unknown JFIF revision, unknown Adobe transform, bad ICC marker, …).
///   They go to `benignWarnings` only.
///
/// `warningCount`, `firstWarning` and `firstWarningCode` deliberately describe only the damage
/// warnings (truncation + corruption), so a check can report them without filtering, and a file
/// whose only complaints are benign has `warningCount == 0`.
public struct DecodedImage: Sendable {
    public var image: GrayImage
    /// The DCT scale denominator used (1, 2, 4 or 8).
    public var scale: Int
    /// Number of truncation and corruption warnings (benign ones are not counted here).
    public var warningCount: Int
    /// libjpeg's text of the first truncation/corruption warning, e.g. "Premature end of JPEG file".
    public var firstWarning: String?
    /// libjpeg's message code (`J_MESSAGE_CODE`) of that warning.
    public var firstWarningCode: Int?
    /// The data ended before the image did (JWRN_JPEG_EOF).
    public var truncated: Bool
    /// A warning about damaged entropy-coded data (bad Huffman code, extraneous bytes, …).
    public var corrupt: Bool
    /// Number of scans read; 1 for ordinary baseline files.
    public var scanCount: Int
    /// libjpeg's text of the first few benign warnings (header oddities that do not affect the
    /// pixels), e.g. "Warning: unknown JFIF revision number 3.00". At most
    /// `DecodedImage.maxBenignWarningTexts` entries; `benignWarningCount` is exact.
    public var benignWarnings: [String]
    /// Total number of benign warnings.
    public var benignWarningCount: Int

    /// How many benign warning texts the decoder keeps.
    public static let maxBenignWarningTexts = Int(EXP_MAX_BENIGN_WARNINGS)

    public init(image: GrayImage, scale: Int = 1, warningCount: Int = 0, firstWarning: String? = nil,
                firstWarningCode: Int? = nil, truncated: Bool = false, corrupt: Bool = false, scanCount: Int = 1,
                benignWarnings: [String] = [], benignWarningCount: Int? = nil) {
        self.image = image
        self.scale = scale
        self.warningCount = warningCount
        self.firstWarning = firstWarning
        self.firstWarningCode = firstWarningCode
        self.truncated = truncated
        self.corrupt = corrupt
        self.scanCount = scanCount
        self.benignWarnings = benignWarnings
        self.benignWarningCount = max(benignWarningCount ?? benignWarnings.count, benignWarnings.count)
    }
}

/// Swift face of the C wrapper in `CExpedienteJPEG`; every libjpeg call happens there.
public enum JPEGCodec {
    public static func readHeader(_ bytes: [UInt8], limits: DecodeLimits = .default) throws(JPEGError) -> JPEGHeader {
        var header = exp_header()
        var cLimits = limits.cValue
        let (status, message) = bytes.withUnsafeBufferPointer { buffer in
            withMessageBuffer { exp_read_header(buffer.baseAddress, buffer.count, &cLimits, &header, $0) }
        }
        try JPEGError.check(status, message: message)
        return JPEGHeader(
            width: Int(header.width),
            height: Int(header.height),
            components: Int(header.num_components),
            colorSpace: JPEGColorSpace(header.color_space),
            progressive: header.progressive != 0,
            arithmetic: header.arithmetic != 0,
            precision: Int(header.data_precision),
            jfifDensity: header.saw_jfif != 0
                ? PixelDensity(jfifUnit: Int(header.density_unit), x: Int(header.x_density), y: Int(header.y_density))
                : nil,
            hasAdobeMarker: header.saw_adobe != 0
        )
    }

    /// Decodes to 8-bit gray at 1/`scaleDenominator` size (1, 2, 4 or 8) using libjpeg's DCT scaling.
    /// Recoverable damage (truncation, corrupt entropy data) is reported in the result, not thrown.
    public static func decodeGray(
        _ bytes: [UInt8], scaleDenominator: Int = 1, limits: DecodeLimits = .default
    ) throws(JPEGError) -> DecodedImage {
        var decoded = exp_decoded()
        var cLimits = limits.cValue
        let (status, message) = bytes.withUnsafeBufferPointer { buffer in
            withMessageBuffer {
                exp_decode_gray(buffer.baseAddress, buffer.count, Int32(clamping: scaleDenominator), &cLimits, &decoded, $0)
            }
        }
        defer { exp_free(decoded.pixels) }
        try JPEGError.check(status, message: message)
        let width = Int(decoded.width), height = Int(decoded.height)
        let pixels = decoded.pixels.map { [UInt8](UnsafeBufferPointer(start: $0, count: width * height)) } ?? []
        let warning = cString(decoded.first_warning)
        let benignCount = Int(decoded.benign_warning_count)
        let benign = withUnsafeBytes(of: decoded.benign_warnings) { raw -> [String] in
            let stride = Int(EXP_MESSAGE_LENGTH)
            return (0..<min(benignCount, Int(EXP_MAX_BENIGN_WARNINGS))).map { i in
                String(decoding: raw[(i * stride)..<((i + 1) * stride)].prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        return DecodedImage(
            image: GrayImage(width: width, height: height, pixels: pixels),
            scale: scaleDenominator,
            warningCount: Int(decoded.warning_count),
            firstWarning: decoded.warning_count > 0 ? warning : nil,
            firstWarningCode: decoded.first_warning_code >= 0 ? Int(decoded.first_warning_code) : nil,
            truncated: decoded.truncated != 0,
            corrupt: decoded.corrupt != 0,
            scanCount: Int(decoded.scans),
            benignWarnings: benign,
            benignWarningCount: benignCount
        )
    }

    /// Decodes at `scaleEighths`/8 (1-8, libjpeg's DCT scaling) to gray for gray sources and
    /// RGB for every other (CMYK/YCCK converted). Damage is reported, not thrown, as `decodeGray`.
    public static func decodeImage(
        _ bytes: [UInt8], scaleEighths: Int = 8, limits: DecodeLimits = .default
    ) throws(JPEGError) -> (image: RasterImage, truncated: Bool, corrupt: Bool) {
        var decoded = exp_decoded()
        var cLimits = limits.cValue
        let (status, message) = bytes.withUnsafeBufferPointer { buffer in
            withMessageBuffer {
                exp_decode_image(buffer.baseAddress, buffer.count, Int32(clamping: scaleEighths), &cLimits, &decoded, $0)
            }
        }
        defer { exp_free(decoded.pixels) }
        try JPEGError.check(status, message: message)
        let (width, height, components) = (Int(decoded.width), Int(decoded.height), Int(decoded.components))
        let count = width * height * components
        let pixels = decoded.pixels.map { [UInt8](UnsafeBufferPointer(start: $0, count: count)) } ?? []
        return (RasterImage(width: width, height: height, components: components, pixels: pixels),
                decoded.truncated != 0, decoded.corrupt != 0)
    }

    /// Encodes gray or RGB pixels. `density == nil` writes no JFIF marker at all; `cmyk` writes a
    /// naive Adobe (inverted) CMYK file and `extraMarkers` (APPn/COM, e.g. 0xE1 Exif) follow the header.
    public static func encode(
        _ image: RasterImage, quality: Int, density: PixelDensity?,
        progressive: Bool = false, arithmetic: Bool = false, cmyk: Bool = false,
        extraMarkers: [(code: UInt8, payload: [UInt8])] = []
    ) throws(JPEGError) -> [UInt8] {
        guard image.width > 0, image.height > 0, image.components == 1 || image.components == 3,
              image.width <= 65_500, image.height <= 65_500,
              image.pixels.count == image.width * image.height * image.components
        else { throw .invalidArgument("Raster \(image.width)x\(image.height)x\(image.components) with \(image.pixels.count) bytes") }

        var markerBlob: [UInt8] = []
        for marker in extraMarkers {
            let n = UInt32(clamping: marker.payload.count)
            markerBlob.append(marker.code)
            markerBlob += [UInt8(n >> 24), UInt8(truncatingIfNeeded: n >> 16), UInt8(truncatingIfNeeded: n >> 8), UInt8(truncatingIfNeeded: n)]
            markerBlob += marker.payload
        }
        var output: UnsafeMutablePointer<UInt8>?
        var outputSize = 0
        let (status, message) = image.pixels.withUnsafeBufferPointer { pixels in
            markerBlob.withUnsafeBufferPointer { markers in
                var options = exp_encode_options()
                options.quality = Int32(clamping: quality)
                options.progressive = progressive ? 1 : 0
                options.arithmetic = arithmetic ? 1 : 0
                options.cmyk = cmyk ? 1 : 0
                if let density {
                    options.write_jfif = 1
                    options.density_unit = density.jfifUnit
                    options.x_density = UInt32(clamping: Int(density.x.rounded()))
                    options.y_density = UInt32(clamping: Int(density.y.rounded()))
                }
                options.markers = markers.baseAddress
                options.markers_length = markers.count
                return withMessageBuffer {
                    exp_encode(pixels.baseAddress, UInt32(image.width), UInt32(image.height),
                               Int32(image.components), &options, &output, &outputSize, $0)
                }
            }
        }
        defer { exp_free(output) }
        try JPEGError.check(status, message: message)
        guard let output else { throw .outOfMemory }
        return [UInt8](UnsafeBufferPointer(start: output, count: outputSize))
    }

    /// Text of a fixed-size C `char[]` field, up to its first NUL (all of it if there is none).
    private static func cString<T>(_ tuple: T) -> String {
        withUnsafeBytes(of: tuple) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    private static func withMessageBuffer(_ body: (UnsafeMutablePointer<CChar>) -> exp_status) -> (exp_status, String) {
        var buffer = [CChar](repeating: 0, count: Int(EXP_MESSAGE_LENGTH) + 1)
        let status = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        return (status, String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}

extension DecodeLimits {
    var cValue: exp_limits {
        // Non-positive values mean "allow nothing", never "unlimited" (0 in C).
        exp_limits(
            max_pixels: UInt64(max(1, maxPixels)),
            max_scans: UInt32(clamping: max(1, maxScans)),
            max_memory: max(1, maxMemory),
            max_scan_pixels: UInt64(max(1, maxScanPixels))
        )
    }
}

extension JPEGColorSpace {
    init(_ space: exp_color_space) {
        switch space {
        case EXP_CS_GRAY: self = .grayscale
        case EXP_CS_YCBCR: self = .ycbcr
        case EXP_CS_RGB: self = .rgb
        case EXP_CS_CMYK: self = .cmyk
        case EXP_CS_YCCK: self = .ycck
        default: self = .unknown
        }
    }
}

extension PixelDensity {
    /// From JFIF APP0 fields: unit 0 aspect ratio only, 1 dots per inch, 2 dots per cm.
    public init(jfifUnit: Int, x: Int, y: Int) {
        let unit: DensityUnit = switch jfifUnit {
        case 1: .perInch
        case 2: .perCentimetre
        default: .none
        }
        self.init(unit: unit, x: Double(x), y: Double(y))
    }

    var jfifUnit: Int32 {
        switch unit {
        case .none: 0
        case .perInch: 1
        case .perCentimetre: 2
        }
    }
}
