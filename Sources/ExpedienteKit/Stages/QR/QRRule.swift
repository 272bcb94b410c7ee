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
    /// Fewer pixels per module than this on a QR that was read is an aviso (`qr.small_modules`),
    /// and an unreadable or missing QR with fewer says so; default `defaultMinModulePixels`.
    public var minModulePixels: Double?
    /// The QR is required only for selections from this ENARM edition on (XLV: the digital
    /// constancia); an applicant whose registered edition is earlier presents a certified copy.
    public var requiredFromEdition: String?
    public var source: String?

    /// zbar reads clean modules down to 2 px, but blur or JPEG artefacts make them fail first.
    public static let defaultMinModulePixels = 3.0

    public var resolvedMinModulePixels: Double { minModulePixels ?? Self.defaultMinModulePixels }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case presence, pattern, source
        case patternDescription = "pattern_description"
        case minModulePixels = "min_module_px"
        case requiredFromEdition = "required_from_edition"
    }

    public init(presence: Presence, pattern: String? = nil, patternDescription: String? = nil,
                minModulePixels: Double? = nil, source: String? = nil) {
        self.presence = presence
        self.pattern = pattern
        self.patternDescription = patternDescription
        self.minModulePixels = minModulePixels
        self.source = source
    }

    public func matches(_ text: String) -> Bool {
        guard let pattern, let regex = try? NSRegularExpression(pattern: pattern) else { return true }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

extension QRRule: ValidatedDecodable {
    func validate() throws(InvalidField) {
        if let requiredFromEdition, RomanNumeral.value(of: requiredFromEdition) == nil {
            throw InvalidField(CodingKeys.requiredFromEdition, "«\(requiredFromEdition)» no es una edición en números romanos")
        }
        if let minModulePixels, !(minModulePixels > 0 && minModulePixels < 100) {
            throw InvalidField(CodingKeys.minModulePixels, "min_module_px debe estar entre 0 y 100")
        }
        if let pattern, (try? NSRegularExpression(pattern: pattern)) == nil {
            throw InvalidField(CodingKeys.pattern, "expresión regular inválida: «\(pattern)»")
        }
    }
}
