/// The document a run checks and the rules it is checked against: what the `name` stage
/// reads, and what every later stage's output carries (through dynamic member lookup).
public struct DocumentSubject: Sendable {
    public let entry: FolderEntry
    public let kind: DocumentKindRule
    public let limits: DocumentLimits
    /// Image-quality thresholds of this kind; nil: the `quality` stage measures nothing.
    public let quality: QualityThresholds?
    public let expectedName: String
    public let options: CheckOptions
    /// The applicant's ENARM edition does not require this document's QR (a constancia before
    /// the digital one): the `qr` stage does not scan it.
    public let qrWaived: Bool
    /// Other documents this file also is (a passport for both sides of the identification).
    public let alsoKinds: [String]

    public init(entry: FolderEntry, kind: DocumentKindRule, limits: DocumentLimits, quality: QualityThresholds? = nil,
                expectedName: String, options: CheckOptions, qrWaived: Bool = false, alsoKinds: [String] = []) {
        self.entry = entry
        self.kind = kind
        self.limits = limits
        self.quality = quality
        self.expectedName = expectedName
        self.options = options
        self.qrWaived = qrWaived
        self.alsoKinds = alsoKinds
    }

    /// The QR rule the `qr` stage applies; nil when the kind has no QR or it is waived.
    var qrRule: QRRule? {
        guard !qrWaived, let rule = kind.qr, rule.presence != .none else { return nil }
        return rule
    }

    /// What the result store must also match to reuse a stored result: the kind, the documents the
    /// file also is, and a waived QR.
    var storeKey: String {
        ([kind.kind] + alsoKinds.map { "+\($0)" } + (qrWaived ? ["/qr-waived"] : [])).joined()
    }
}
