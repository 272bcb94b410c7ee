/// Turns one document's file into a JPEG that meets its limits: at most `maxBytes`, `dpi` ppp
/// in JFIF, RGB or grey, upright, without trailing data, and still legible (the quality stage's
/// thresholds) with the same QR texts. The `fix` command calls it once per document; it never
/// touches the file system.
public enum PageRepair {
    /// `unchanged` when the bytes already meet every limit (the file is copied byte for byte);
    /// `rewritten` with a new header only, or re-encoded; `refused` with the reason. Never
    /// throws or traps, whatever the bytes (see docs/fix-engine.md).
    public static func repair(_ bytes: [UInt8], request: PageRepairRequest) -> PageRepairResult {
        PageRepairEngine(request: request).run(bytes)
    }
}

/// What one document asks of its repaired page.
public struct PageRepairRequest: Sendable {
    /// The size the output must not exceed (the contract's 400,000 bytes, whatever a KB is).
    public var maxBytes: Int
    /// The density written in JFIF, and the least the page may be resampled to.
    public var dpi: Int
    /// The document must stay in colour (the CER SOLICITUD, signed in blue ink).
    public var keepColor: Bool
    /// The texts the original's QR codes read; after re-encoding they must read the same.
    public var qrTexts: [String]
    /// The document's legibility thresholds; nil: no guard (the kind measures no quality).
    public var quality: QualityThresholds?
    public var limits: DecodeLimits

    public init(maxBytes: Int = 400_000, dpi: Int = 300, keepColor: Bool = false, qrTexts: [String] = [],
                quality: QualityThresholds? = nil, limits: DecodeLimits = .default) {
        self.maxBytes = maxBytes
        self.dpi = dpi
        self.keepColor = keepColor
        self.qrTexts = qrTexts
        self.quality = quality
        self.limits = limits
    }
}

public struct PageRepairResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The input meets every limit: copy it byte for byte.
        case unchanged
        /// The repaired JPEG.
        case rewritten([UInt8])
        /// Nothing is written for this document; the reason says why and what to do.
        case refused(PageRepairRefusal)
    }

    public var outcome: Outcome
    /// What was done, in order (empty for `unchanged` and `refused`).
    public var changes: [PageChange]
    /// The page before and after (nil where it could not be read, or nothing was written).
    public var before: PageSummary?
    public var after: PageSummary?

    public init(outcome: Outcome, changes: [PageChange] = [], before: PageSummary? = nil, after: PageSummary? = nil) {
        self.outcome = outcome
        self.changes = changes
        self.before = before
        self.after = after
    }
}

/// The facts `fix` prints per document, before and after.
public struct PageSummary: Sendable, Equatable, Codable {
    public var bytes: Int
    public var width: Int
    public var height: Int
    /// JFIF density in ppp; nil when the file declares none (or only an aspect ratio).
    public var dpi: Int?
    /// Estimated JPEG quality (1-100) of the quantisation tables; nil when not a JPEG.
    public var quality: Int?
    /// `gris`, `color` (RGB/YCbCr) or `cmyk`.
    public var color: String

    public init(bytes: Int, width: Int, height: Int, dpi: Int?, quality: Int?, color: String) {
        self.bytes = bytes
        self.width = width
        self.height = height
        self.dpi = dpi
        self.quality = quality
        self.color = color
    }
}

public enum PageChange: Sendable, Equatable {
    /// Another format (PNG) decoded and written as JPEG.
    case converted(from: String)
    /// Re-encoded at this quality (optimised Huffman tables or progressive).
    case recompressed(quality: Int)
    /// Light scanner-noise removal before encoding.
    case denoised
    /// The paper lifted to white before encoding: tint and uneven lighting flattened, the
    /// scanner noise on the paper removed (the ink keeps its levels).
    case paperLifted
    /// Written in greyscale (the document allows it).
    case toGray
    /// CMYK/YCCK converted to RGB.
    case cmykToRGB
    /// JFIF density written (`from` nil: none, or only an aspect ratio).
    case densitySet(from: Int?, to: Int)
    /// Fewer pixels: resampled from one density to another (never below `dpi`).
    case resampled(fromDPI: Int, toDPI: Int)
    /// Exif orientation applied to the pixels (the Exif value).
    case orientationApplied(Int)
    /// Bytes after the end of image dropped.
    case trailingDataDropped(bytes: Int)
    /// Metadata segments (APPn, COM) dropped.
    case metadataDropped(bytes: Int)
}

public enum PageRepairRefusal: Sendable, Equatable {
    /// A format the engine does not convert (PDF, HEIC, …): the name given by libmagic.
    case unsupportedFormat(String)
    /// The file could not be decoded (libjpeg's or libpng's text).
    case undecodable(String)
    /// No encoding within the limit keeps the page legible (or its QR readable).
    case cannotFitLegibly(smallestBytes: Int)
    /// After re-encoding within the limit, the QR no longer reads the same text.
    case qrLost
    /// The page was scanned with fewer pixels than the target density for its paper (a letter
    /// page of 1275 × 1650 px is 150 ppp): a new header would not add detail.
    case lowResolution(dpi: Int, paper: String)
    /// The file exceeds a decoding limit (pixels, memory, scans): the text says which.
    case exceedsLimits(String)
}
