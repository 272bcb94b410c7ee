/// What the pipeline measured of one document: the `facts` object of a report's document
/// (an extension of `expediente/1`). Every field is nil when its stage did not run (a PNG has
/// no JPEG dimensions; only documents whose rules ask for a QR are scanned).
public struct DocumentFacts: Codable, Sendable, Equatable {
    /// Size of the file on disk.
    public var bytes: Int?
    public var width: Int?
    public var height: Int?
    /// Resolution in dots per inch, declared (JFIF or Exif) or inferred from the page size.
    public var dpi: Double?
    /// The resolution was inferred from the pixel size of a known paper, not declared.
    public var dpiInferred: Bool?
    /// Colour space of the JPEG data: grayscale, ycbcr, rgb, cmyk, ycck or unknown.
    public var color: String?
    /// Texts of the QR codes read, in reading order; nil when the document was not scanned.
    public var qr: [String]?
    /// The character set of each text of `qr`, in the same order, and how it was decided.
    public var qrEncodings: [QREncodingFact]?

    enum CodingKeys: String, CodingKey {
        case bytes, width, height, dpi, color, qr
        case dpiInferred = "dpi_inferred"
        case qrEncodings = "qr_encodings"
    }

    public init(bytes: Int? = nil, width: Int? = nil, height: Int? = nil, dpi: Double? = nil, dpiInferred: Bool? = nil,
                color: String? = nil, qr: [String]? = nil, qrEncodings: [QREncodingFact]? = nil) {
        self.bytes = bytes
        self.width = width
        self.height = height
        self.dpi = dpi
        self.dpiInferred = dpiInferred
        self.color = color
        self.qr = qr
        self.qrEncodings = qrEncodings
    }

    /// The facts the stages of `run` measured of `subject`.
    init(_ subject: DocumentSubject, _ run: DocumentPipeline.Run) {
        bytes = subject.entry.stamp.map { Int($0.size) } ?? (subject.entry.type == .regular ? subject.entry.size : nil)
        if let page = run.header {
            width = page.header.width
            height = page.header.height
            color = page.header.colorSpace.rawValue
            if let resolution = page.resolution {
                dpi = (resolution.dpi * 10).rounded() / 10
                if case .inferred = resolution.source { dpiInferred = true } else { dpiInferred = false }
            }
        }
        qr = run.qr.map { $0.scan.codes.map(\.text) }
        qrEncodings = run.qr.map { $0.scan.codes.map { QREncodingFact(encoding: $0.encoding, source: $0.encodingSource) } }
    }
}

/// The character set a QR text was decoded with (`QRCode.encoding`) and how it was decided
/// (`QRCode.encodingSource`: `eci`, `kanji` or `guess`).
public struct QREncodingFact: Codable, Sendable, Equatable {
    public var encoding: String
    public var source: String

    public init(encoding: String, source: String) {
        self.encoding = encoding
        self.source = source
    }
}
