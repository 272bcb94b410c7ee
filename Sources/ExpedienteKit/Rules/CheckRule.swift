/// What a rule file says about one check: how grave its findings are and the
/// Spanish text the applicant reads. Every field is optional in an override.
public struct CheckRule: Codable, Sendable, Equatable {
    public var severity: Severity?
    public var message: String?
    public var hint: String?
    /// The paragraph of the convocatoria this rule comes from.
    public var source: String?
    /// `false` turns the check off for this convocatoria or document kind.
    public var enabled: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case severity, message, hint, source, enabled
    }

    public init(severity: Severity? = nil, message: String? = nil, hint: String? = nil, source: String? = nil, enabled: Bool? = nil) {
        self.severity = severity
        self.message = message
        self.hint = hint
        self.source = source
        self.enabled = enabled
    }

    /// `self` with the fields `override` sets replaced.
    public func merged(with override: CheckRule?) -> CheckRule {
        overlay(override, on: self, \.severity, \.message, \.hint, \.source, \.enabled)
    }
}
