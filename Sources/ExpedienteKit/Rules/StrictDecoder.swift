import Yams

/// Wraps the Yams decoder to enforce what `StrictDecoding.swift` describes, for the value it
/// decodes and, through `StrictContainers.swift`, for every value nested in it. Coding paths
/// are Yams' own, so `YAMLLocator` finds the line of any error.
struct StrictDecoder: Decoder {
    let base: any Decoder
    /// Set while decoding a `VersionedFile`.
    private var currentVersion: Int?

    init(base: any Decoder) {
        self.base = base
    }

    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    /// Decodes `type` from a composed YAML (or JSON) document.
    static func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
        try YAMLDecoder().decode(Root<T>.self, from: node).value
    }

    /// Decodes a value here: a scalar as Yams reads it, anything else through this decoder,
    /// checked as soon as it is built.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type is any ScalarConstructible.Type {
            return try base.singleValueContainer().decode(type)
        }
        var decoder = self
        decoder.currentVersion = (type as? any VersionedFile.Type)?.currentVersion
        let value = try T(from: decoder)
        if let value = value as? any ValidatedDecodable {
            do {
                try value.validate()
            } catch {
                throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [error.key], debugDescription: error.reason))
            }
        }
        return value
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        if let known = type as? any (CodingKey & CaseIterable).Type {
            try rejectUnknownKeys(known)
        }
        if let currentVersion {
            try checkVersion(currentVersion)
        }
        return KeyedDecodingContainer(StrictKeyedContainer(base: try base.container(keyedBy: type)))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        StrictUnkeyedContainer(base: try base.unkeyedContainer())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        StrictSingleValueContainer(decoder: self, base: try base.singleValueContainer())
    }

    /// A typo in a file is an error that names the key instead of being silently ignored.
    private func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_: Keys.Type) throws {
        let known = Keys.allCases.map(\.stringValue)
        let container = try base.container(keyedBy: AnyCodingKey.self)
        if let unknown = container.allKeys.first(where: { !known.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [unknown],
                debugDescription: "clave desconocida «\(unknown.stringValue)»; se admiten: \(known.sorted().joined(separator: ", "))"
            ))
        }
    }

    private func checkVersion(_ current: Int) throws {
        let container = try base.container(keyedBy: AnyCodingKey.self)
        let key = AnyCodingKey(stringValue: "version")
        guard container.contains(key) else { return }
        let version = try container.decode(Int.self, forKey: key)
        guard version == current else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "versión \(version) no admitida; esta herramienta lee la versión \(current)")
        }
    }

    /// The document itself, which Yams hands its own decoder.
    private struct Root<T: Decodable>: Decodable {
        let value: T

        init(from decoder: any Decoder) throws {
            value = try StrictDecoder(base: decoder).decode(T.self)
        }
    }
}
