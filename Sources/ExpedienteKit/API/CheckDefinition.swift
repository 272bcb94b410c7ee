/// The identity and documentation of one check: stable id, title and rationale.
/// The severity, message and hint of its findings come from the rule files.
public struct CheckDefinition: Sendable, Equatable {
    public let id: CheckID
    /// The stage that runs it; its id starts with the stage's name.
    public let stage: Stage
    public let title: String
    public let rationale: String
    /// The placeholders its message templates may use, besides the common ones.
    public let parameters: [String]
    /// Short examples: what triggers the check and what does not.
    public let examples: [String]
    /// The gravest severity a rule file may give it (the contract caps some checks).
    public let maxSeverity: Severity

    public init(
        id: CheckID, stage: Stage, title: String, rationale: String, parameters: [String] = [],
        examples: [String] = [], maxSeverity: Severity = .anulacion
    ) {
        self.id = id
        self.stage = stage
        self.title = title
        self.rationale = rationale
        self.parameters = parameters
        self.examples = examples
        self.maxSeverity = maxSeverity
    }

    /// Placeholders every message template may use.
    public static let commonParameters = ["file", "document", "title", "expected", "actual", "expected_name"]
}

/// Pipeline stages, in the order they run (the contract's order).
public enum Stage: String, Sendable, CaseIterable, Codable {
    case inventory, name, type, size, jpeg, resolution, integrity, quality, qr, data
}
