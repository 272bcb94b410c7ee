/// The identity and documentation of one check: stable id, title and rationale.
/// The severity, message and hint of its findings come from the rule files.
public struct CheckDefinition: Sendable, Equatable {
    /// `<stage>.<name>`, stable across versions; never reuse a retired id.
    public let id: String
    public let title: String
    public let rationale: String
    /// The placeholders its message templates may use, besides the common ones.
    public let parameters: [String]
    /// Short examples: what triggers the check and what does not.
    public let examples: [String]
    /// The gravest severity a rule file may give it (the contract caps some checks).
    public let maxSeverity: Severity

    public init(
        id: String, title: String, rationale: String, parameters: [String] = [],
        examples: [String] = [], maxSeverity: Severity = .anulacion
    ) {
        self.id = id
        self.title = title
        self.rationale = rationale
        self.parameters = parameters
        self.examples = examples
        self.maxSeverity = maxSeverity
    }

    public var stage: Stage {
        Stage(rawValue: String(id.prefix(while: { $0 != "." })))!
    }

    /// Placeholders every message template may use.
    public static let commonParameters = ["file", "document", "title", "expected", "actual", "expected_name"]
}

/// Pipeline stages, in the order they run (the contract's order).
public enum Stage: String, Sendable, CaseIterable, Codable {
    case inventory, name, type, size, jpeg, resolution, integrity, quality, qr, data
}
