/// `additional_points:` in convocatoria.yaml: the extra points the call grants when the
/// expediente's documents support them (ENARM call 9.3; CER call section 7).
public struct AdditionalPointsRules: Codable, Sendable, Equatable {
    /// Cap on the sum; nil: none.
    public var maximum: Double?
    public var concepts: [Concept]
    public var source: String

    public struct Concept: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var points: Double
        /// Claimed by applicants of this profile.
        public var perfil: String?
        /// Claimed when this yes/no field of the applicant data is true (`internado_imss`, `servicio_social_imss`).
        public var registro: String?
        /// Claimed once per registered publication with this author position (1 first, 2 second).
        public var authorship: Int?
        /// Documents (NOMBRE) that must be present and without blocking findings.
        @Defaulted public var documents: [String]
        /// Concepts of one group are not cumulative: only the highest counts.
        public var group: String?
        /// What the tool cannot verify, told to the applicant.
        public var note: String?
        public var source: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, title, points, perfil, registro, authorship, documents, group, note, source
        }

        public static let registroFlags = ["internado_imss", "servicio_social_imss"]
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case maximum, concepts, source }
}

extension AdditionalPointsRules.Concept: ValidatedDecodable {
    func validate() throws(InvalidField) {
        if let registro, !Self.registroFlags.contains(registro) {
            throw InvalidField(CodingKeys.registro, "«\(registro)» no es un dato sí/no del registro; se admiten: \(Self.registroFlags.joined(separator: ", "))")
        }
        guard [perfil != nil, registro != nil, authorship != nil].filter({ $0 }).count == 1 else {
            throw InvalidField(CodingKeys.points, "cada concepto declara exactamente uno de perfil, registro o authorship")
        }
        guard points > 0, points <= 100 else {
            throw InvalidField(CodingKeys.points, "points debe estar entre 0 y 100")
        }
    }
}
