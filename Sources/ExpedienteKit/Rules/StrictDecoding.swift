// What the types of the rule files and of the applicant data declare so that `StrictDecoder`
// holds them to it, with synthesised `init(from:)`:
// - `enum CodingKeys: String, CodingKey, CaseIterable`: any other key is an error;
// - `VersionedFile`: the file's `version` must be the one this tool reads;
// - `ValidatedDecodable`: rules beyond the shape (ranges, formats, patterns);
// - `@Defaulted`: a key that may be left out (see `Defaulted`).

/// A file whose `version` key, when present, must be `currentVersion` (a type that requires
/// the key declares it as a stored property). It is checked right after the keys, before any field.
protocol VersionedFile {
    static var currentVersion: Int { get }
}

/// A decoded value with rules beyond its shape; `StrictDecoder` runs `validate()` as soon as
/// the value is decoded, and the error names the offending key (and so its line).
protocol ValidatedDecodable: Decodable {
    func validate() throws(InvalidField)
}

/// Why one field of a decoded value is not acceptable, in the applicant's or author's Spanish.
struct InvalidField: Error {
    let key: any CodingKey
    let reason: String

    init(_ key: any CodingKey, _ reason: String) {
        self.key = key
        self.reason = reason
    }
}

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
