/// One finding of the pipeline about a document or about the folder.
public struct Observation: Codable, Sendable, Equatable {
    /// `<stage>.<name>`, stable across versions.
    public var check: String
    public var severity: Severity
    /// Document kind (the NOMBRE of the call), or nil for folder findings.
    public var document: String?
    /// Path relative to the folder, or nil (a missing document has no file).
    public var file: String?
    public var message: String
    public var expected: String?
    public var actual: String?
    /// What the applicant should do; text reports only (not part of `expediente/1` JSON).
    public var hint: String?
    /// The fault in a few words, for the name stage's checks: text, HTML and page reports show
    /// all the findings about one file's name as one entry (`FindingEntry`). Not in the JSON.
    public var fault: String?

    /// The check's typed id; nil for an id this version does not know (a stored report of an older one).
    public var checkID: CheckID? { CheckID(rawValue: check) }

    public init(
        check: String, severity: Severity, document: String?, file: String?,
        message: String, expected: String? = nil, actual: String? = nil, hint: String? = nil, fault: String? = nil
    ) {
        self.check = check
        self.severity = severity
        self.document = document
        self.file = file
        self.message = message
        self.expected = expected
        self.actual = actual
        self.hint = hint
        self.fault = fault
    }
}
