/// A check on one document, run by its stage on the output that stage hands on (`Input`):
/// `DocumentSubject` (name), `FileReading` (type), `FileRead` (size), `JPEGRead` (jpeg),
/// `HeaderRead` (resolution), `DecodeAttempt` (integrity), `PageMeasure` (quality), `QRRead` (qr).
public protocol DocumentCheck<Input>: Sendable {
    associatedtype Input
    static var definition: CheckDefinition { get }
    func run(on document: Input) -> [Finding]
}

/// A check on the folder as a whole (the `inventory` stage).
public protocol FolderCheck: Sendable {
    static var definition: CheckDefinition { get }
    func run(on inventory: Inventory, convocatoria: Convocatoria, perfil: String) -> [Finding.Located]
}

extension Finding {
    /// A folder finding with the document and file it speaks of, if any.
    public struct Located: Sendable, Equatable {
        public var finding: Finding
        public var kind: DocumentKindRule?
        public var file: String?

        public init(_ finding: Finding, kind: DocumentKindRule?, file: String?) {
            self.finding = finding
            self.kind = kind
            self.file = file
        }
    }
}
