/// File limits of the call's table (TAMAÑO MÁXIMO, RESOLUCIÓN, FORMATO), set
/// once for the convocatoria and overridable per document kind.
public struct DocumentLimits: Codable, Sendable, Equatable {
    /// Accepted extensions, uppercase, without the dot.
    public var extensions: [String]?
    /// Maximum size in bytes (400 KB = 409,600 bytes: 1 KB = 1,024 bytes).
    public var maxBytes: Int?
    /// Minimum resolution in dots per inch.
    public var minDPI: Double?
    /// Tolerance below `minDPI` still accepted (scanners write 299.9 or 299).
    public var dpiTolerance: Double?
    public var source: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case extensions
        case maxBytes = "max_bytes"
        case minDPI = "min_dpi"
        case dpiTolerance = "dpi_tolerance"
        case source
    }

    public init(extensions: [String]? = nil, maxBytes: Int? = nil, minDPI: Double? = nil, dpiTolerance: Double? = nil, source: String? = nil) {
        self.extensions = extensions
        self.maxBytes = maxBytes
        self.minDPI = minDPI
        self.dpiTolerance = dpiTolerance
        self.source = source
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        extensions = try c.decodeIfPresent([String].self, forKey: .extensions)
        maxBytes = try c.decodeIfPresent(Int.self, forKey: .maxBytes)
        minDPI = try c.decodeIfPresent(Double.self, forKey: .minDPI)
        dpiTolerance = try c.decodeIfPresent(Double.self, forKey: .dpiTolerance)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        if let ext = extensions, let bad = ext.first(where: { $0.isEmpty || $0 != $0.uppercased() || $0.contains(".") }) {
            throw DecodingError.dataCorruptedError(forKey: .extensions, in: c, debugDescription: "extensión «\(bad)» inválida: escríbala en mayúsculas y sin punto")
        }
        if let maxBytes, maxBytes <= 0 {
            throw DecodingError.dataCorruptedError(forKey: .maxBytes, in: c, debugDescription: "max_bytes debe ser positivo")
        }
        if let minDPI, minDPI <= 0 {
            throw DecodingError.dataCorruptedError(forKey: .minDPI, in: c, debugDescription: "min_dpi debe ser positivo")
        }
    }

    public func merged(with override: DocumentLimits?) -> DocumentLimits {
        guard let override else { return self }
        return DocumentLimits(
            extensions: override.extensions ?? extensions,
            maxBytes: override.maxBytes ?? maxBytes,
            minDPI: override.minDPI ?? minDPI,
            dpiTolerance: override.dpiTolerance ?? dpiTolerance,
            source: override.source ?? source
        )
    }
}
