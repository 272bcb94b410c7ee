/// A coding key for any string, used to see every key a YAML mapping holds.
struct AnyCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension KeyedDecodingContainer {
    /// The schema version of a rule file, which must be the one this tool reads.
    func decodeVersion(forKey key: Key, current: Int) throws -> Int {
        let version = try decode(Int.self, forKey: key)
        guard version == current else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "versión \(version) no admitida; esta herramienta lee la versión \(current)")
        }
        return version
    }
}

extension Decoder {
    /// Throws for a key the type does not know, so a typo in a rule file is an
    /// error that names the key (and, through the loader, its line) instead of
    /// being silently ignored.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_: Keys.Type) throws {
        let container = try self.container(keyedBy: AnyCodingKey.self)
        let known = Set(Keys.allCases.map(\.stringValue))
        for key in container.allKeys where !known.contains(key.stringValue) {
            let allowed = Keys.allCases.map(\.stringValue).sorted().joined(separator: ", ")
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [key],
                debugDescription: "clave desconocida «\(key.stringValue)»; se admiten: \(allowed)"
            ))
        }
    }
}
