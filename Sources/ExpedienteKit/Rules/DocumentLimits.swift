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

    public func merged(with override: DocumentLimits?) -> DocumentLimits {
        overlay(override, on: self, \.extensions, \.maxBytes, \.minDPI, \.dpiTolerance, \.source)
    }
}

extension DocumentLimits: ValidatedDecodable {
    func validate() throws(InvalidField) {
        if let bad = extensions?.first(where: { $0.isEmpty || $0 != $0.uppercased() || $0.contains(".") }) {
            throw InvalidField(CodingKeys.extensions, "extensión «\(bad)» inválida: escríbala en mayúsculas y sin punto")
        }
        if let maxBytes, maxBytes <= 0 {
            throw InvalidField(CodingKeys.maxBytes, "max_bytes debe ser positivo")
        }
        if let minDPI, minDPI <= 0 {
            throw InvalidField(CodingKeys.minDPI, "min_dpi debe ser positivo")
        }
    }
}
