import Foundation

/// What a document kind expects of QR codes.
public struct QRRule: Codable, Sendable, Equatable {
    public enum Presence: String, Codable, Sendable {
        /// The document always carries a QR (the digital ENARM constancia).
        case required
        /// Only the electronic version carries one, which a scan cannot prove.
        case ifElectronic = "if_electronic"
        /// Not looked for.
        case none
    }

    public var presence: Presence
    /// Regular expression a payload is expected to match (a mismatch is at most an aviso).
    public var pattern: String?
    /// Plain words for the expected shape, shown in findings.
    public var patternDescription: String?
    public var source: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case presence, pattern, source
        case patternDescription = "pattern_description"
    }

    public init(presence: Presence, pattern: String? = nil, patternDescription: String? = nil, source: String? = nil) {
        self.presence = presence
        self.pattern = pattern
        self.patternDescription = patternDescription
        self.source = source
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        presence = try c.decode(Presence.self, forKey: .presence)
        pattern = try c.decodeIfPresent(String.self, forKey: .pattern)
        patternDescription = try c.decodeIfPresent(String.self, forKey: .patternDescription)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        if let pattern {
            do {
                _ = try NSRegularExpression(pattern: pattern)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .pattern, in: c, debugDescription: "expresión regular inválida: «\(pattern)»")
            }
        }
    }

    public func matches(_ text: String) -> Bool {
        guard let pattern, let regex = try? NSRegularExpression(pattern: pattern) else { return true }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
