/// One decoded QR symbol.
public struct QRCode: Sendable, Equatable {
    public var text: String
    /// The payload bytes as zbar's binary mode returns them: as stored, except data under an ECI
    /// designator zbar knows, which it converts to UTF-8 (see `QRSegmentReader`).
    public var bytes: [UInt8]
    /// The character set the text was decoded with (`UTF-8`, `Shift_JIS`, `ISO-8859-1`, ...):
    /// the ECI designator's, kanji mode's or the one guessed from the bytes (`QRTextDecoder`).
    public var encoding: String
    /// How `encoding` was decided: `eci`, `kanji` or `guess` (`QREncodingSource`).
    public var encodingSource: String
    /// Pixels per module at the scale of the image given to the scanner; nil when unknown.
    public var moduleSize: Double?

    /// `segments`: the symbol's own segments (`QRSegmentReader`), whose bytes are `bytes`; nil
    /// when unknown, and then the character set is guessed from all the bytes.
    public init(bytes: [UInt8], segments: [QRSegment]? = nil, moduleSize: Double? = nil) {
        self.bytes = bytes
        self.moduleSize = moduleSize
        let decoded = QRTextDecoder.decode(bytes, segments: segments)
        text = decoded.text
        encoding = decoded.encoding
        encodingSource = decoded.source
    }
}

extension QRCode {
    /// A module size for people: one decimal, without a trailing ".0" ("2", "2.5").
    public static func formatModuleSize(_ size: Double) -> String {
        guard size.isFinite else { return "?" }
        let tenths = Int((size * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}

/// Which step of the scanner's chain read the codes.
public enum QRScanPass: String, Sendable, Equatable, CaseIterable {
    /// 1/2 scale, every third scan line: the cheap first pass.
    case half
    /// The image as decoded.
    case full
    /// 1/4 or 1/8 scale, for large pages with large or noisy modules.
    case reduced
    /// Local mean threshold (binarised).
    case threshold
    /// 2× bilinear upscale (modules of 2-3 px), plain or thresholded.
    case upscale
    /// Light modules on a dark background.
    case inverted
    /// A crop around finder patterns with a white quiet zone added.
    case crop
    /// The project's own decoder on module centres placed by the mesh of the traced timing
    /// patterns (a curved surface) or by a displacement field measured from the module
    /// boundaries (`QRWarpDecoder`: waved cloth).
    case warp
}

/// What one scan found: the codes, or when there is none, what a candidate symbol looks like.
public struct QRScanResult: Sendable, Equatable {
    public var codes: [QRCode]
    /// The pass that read `codes`; nil when nothing was read.
    public var pass: QRScanPass?
    /// Three finder patterns forming a plausible symbol (full-image coordinates), looked for
    /// only when nothing was read.
    public var finderCorners: [FinderPattern]?
    /// Pixels per module of the candidate symbol (or of two matching finder patterns) when
    /// nothing was read.
    public var candidateModuleSize: Double?

    public init(codes: [QRCode] = [], pass: QRScanPass? = nil, finderCorners: [FinderPattern]? = nil,
                candidateModuleSize: Double? = nil) {
        self.codes = codes
        self.pass = pass
        self.finderCorners = finderCorners
        self.candidateModuleSize = candidateModuleSize
    }

    /// No code was read, yet three finder patterns show a symbol is there.
    public var seenButUnreadable: Bool { codes.isEmpty && finderCorners != nil }
}
