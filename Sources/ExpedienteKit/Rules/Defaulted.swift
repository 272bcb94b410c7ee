/// A field a file may leave out (or empty): it then decodes to `Value()`, [] for a list,
/// [:] for a map, false for a flag. With it a type keeps its synthesised `init(from:)`.
@propertyWrapper
public struct Defaulted<Value: DecodingDefault & Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var wrappedValue: Value

    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decode(Value.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

/// A type whose `init()` is the value of a field left out.
public protocol DecodingDefault {
    init()
}

extension Array: DecodingDefault {}
extension Dictionary: DecodingDefault {}
extension Bool: DecodingDefault {}

extension KeyedDecodingContainer {
    /// Chosen by the synthesised `init(from:)` for a `@Defaulted` field: a missing or null key is the default.
    func decode<Value>(_ type: Defaulted<Value>.Type, forKey key: Key) throws -> Defaulted<Value> {
        try decodeIfPresent(type, forKey: key) ?? Defaulted(wrappedValue: Value())
    }
}
