/// What a check found, before the rule file gives it a severity and words.
public struct Finding: Sendable, Equatable {
    public var check: CheckDefinition
    /// Values for the message placeholders, besides the common ones.
    public var values: [String: String]
    public var expected: String?
    public var actual: String?

    public init(_ check: CheckDefinition, expected: String? = nil, actual: String? = nil, values: [String: String] = [:]) {
        self.check = check
        self.values = values
        self.expected = expected
        self.actual = actual
    }
}
