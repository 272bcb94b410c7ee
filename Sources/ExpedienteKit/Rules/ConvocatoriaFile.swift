/// `convocatoria.yaml`: what holds for every document of one call.
public struct ConvocatoriaFile: Codable, Sendable, Equatable {
    public static let currentVersion = 1

    public var version: Int
    public var id: String
    public var title: String
    /// Publication date (ISO 8601), used to pick the newest convocatoria by default.
    public var published: String
    public var source: String
    public var perfiles: [Perfil]
    /// Document kinds in the order of the call's table; each has a `<NOMBRE>.yaml`.
    public var documents: [String]
    public var limits: DocumentLimits
    /// Thresholds of the image-quality checks; nil: the `quality` stage measures nothing.
    public var quality: QualityThresholds?
    public var checks: [String: CheckRule]
    /// What the call says about the applicant's registered data; nil: only the CURP is checked.
    public var registro: RegistroRules?
    /// Extra points the documents can support; nil: the call grants none.
    public var additionalPoints: AdditionalPointsRules?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, id, title, published, source, perfiles, documents, limits, quality, checks, registro
        case additionalPoints = "additional_points"
    }
}

extension ConvocatoriaFile: VersionedFile {}

/// A participant type the call distinguishes (PARTICIPANTE column).
public struct Perfil: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// Also required: the documents of these profiles (e.g. every worker also presents what all applicants do).
    @Defaulted public var includes: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, includes
    }
}
