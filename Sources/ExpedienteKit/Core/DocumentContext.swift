/// Everything the stages learn about one document, filled in pipeline order.
public struct DocumentContext: Sendable {
    public let entry: FolderEntry
    public let kind: DocumentKindRule
    public let limits: DocumentLimits
    /// Image-quality thresholds of this kind; nil: the `quality` stage measures nothing.
    public let quality: QualityThresholds?
    public let expectedName: String
    public let options: CheckOptions

    /// The file as already read by the caller (the result store hashes it first), so the
    /// type stage does not read it again.
    var prefetched: BoundedReader.Result?
    /// The bytes read (at most `options.maxReadBytes`), nil when the file could not be read.
    public var bytes: [UInt8]?
    /// Why the bytes could not be read, in Spanish.
    public var readError: String?
    /// The file holds more than `options.maxReadBytes`: `bytes` is only its beginning.
    public var readCut = false
    public var content: ContentType?
    public var header: Result<JPEGHeader, JPEGError>?
    public var layout: JPEGLayout?
    public var resolution: ResolutionEstimate?
    public var decoded: Result<DecodedImage, JPEGError>?
    /// Blank page, blur, contrast, noise, orientation and framing of the decoded page.
    public var pageQuality: PageQuality?
    public var qrCodes: [QRCode]?
    /// The whole QR scan: which pass read the codes, or the candidate symbol when none was read.
    public var qrScan: QRScanResult?
    /// No code could be decoded, yet QR finder patterns are visible: a QR is there but unreadable.
    public var qrSeenButUnreadable = false

    public init(entry: FolderEntry, kind: DocumentKindRule, limits: DocumentLimits, quality: QualityThresholds? = nil,
                expectedName: String, options: CheckOptions) {
        self.entry = entry
        self.kind = kind
        self.limits = limits
        self.quality = quality
        self.expectedName = expectedName
        self.options = options
    }

    /// The rule asks for QR codes on this kind of document.
    public var needsQR: Bool { (kind.qr?.presence ?? .none) != .none }

    /// DCT scale denominator of the single decode: full size where QR modules must stay
    /// sharp; else the quality analysis scale (about 75 ppp) when quality is measured, or the
    /// integrity scale (the entropy decode is complete at any scale).
    public var decodeScale: Int {
        if needsQR { return 1 }
        guard quality != nil else { return options.integrityScale }
        return min(options.integrityScale, qualityReduction)
    }

    /// How much the page is reduced for the quality metrics (about 75 ppp).
    public var qualityReduction: Int { PageQuality.reductionFactor(dpi: resolution?.dpi) }

    /// The content is a JPEG according to libmagic.
    public var isJPEG: Bool { content?.isJPEG ?? false }

    /// The read stopped at the limit before the end of the image: what is missing was never read.
    public var imageCutByReadLimit: Bool { readCut && layout?.endOfImageOffset == nil }

    public var jpegHeader: JPEGHeader? {
        if case .success(let header) = header { return header }
        return nil
    }

    public var decodedImage: DecodedImage? {
        if case .success(let image) = decoded { return image }
        return nil
    }
}
