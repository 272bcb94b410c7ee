/// One check's definition: stable id, stage, title, rationale, and the default severity and
/// Spanish words of its findings. A convocatoria's rule files give the paragraph each check
/// comes from and override a default only where the call differs.
public struct CheckDefinition: Sendable, Equatable {
    public let id: CheckID
    /// The stage that runs it; its id starts with the stage's name.
    public let stage: Stage
    public let title: String
    public let rationale: String
    /// The default severity, message and hint of its findings (`source` comes from the call).
    public let defaults: CheckRule
    /// The placeholders its message templates may use, besides the common ones.
    public let parameters: [String]
    /// What triggers the check and what does not; each runs as a test (`CheckExamplesTests`).
    public let examples: [CheckExample]
    /// The gravest severity a rule file may give it (the contract caps some checks).
    public let maxSeverity: Severity
    /// The fault in a few words ("tiene espacios"), for the one entry that text, HTML and page
    /// reports make of all the findings about one file's name; nil outside the name stage.
    public let fault: String?

    public init(
        id: CheckID, stage: Stage, title: String, rationale: String,
        severity: Severity = .observacion, message: String, hint: String? = nil, fault: String? = nil, parameters: [String] = [],
        examples: [CheckExample], maxSeverity: Severity = .anulacion
    ) {
        self.id = id
        self.stage = stage
        self.title = title
        self.rationale = rationale
        self.defaults = CheckRule(severity: severity, message: message, hint: hint)
        self.parameters = parameters
        self.examples = examples
        self.maxSeverity = maxSeverity
        self.fault = fault
    }

    /// A check is its id (the examples are not comparable).
    public static func == (a: CheckDefinition, b: CheckDefinition) -> Bool { a.id == b.id }

    /// Placeholders every message template may use.
    public static let commonParameters = ["file", "document", "title", "expected", "actual", "expected_name"]
}

/// Pipeline stages, in the order they run (the contract's order).
public enum Stage: String, Sendable, CaseIterable, Codable {
    case inventory, name, type, size, jpeg, resolution, integrity, quality, qr, data
}
