/// `registro:` in convocatoria.yaml: what the call says about the data an applicant registers.
public struct RegistroRules: Codable, Sendable, Equatable {
    /// The grades the registration form asks for, all on a 0-100 scale.
    @Defaulted public var calificaciones: [GradeField]
    /// The ENARM editions the call admits; nil: any.
    public var enarm: EditionRange?
    /// CER call, table 1: each CER with its prerequisite course (CEME) and grade; nil: not checked.
    public var especialidades: [CEROption]?
    public var source: String

    public struct GradeField: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        /// The document that shows the grade (its NOMBRE).
        public var document: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case id, title, document }
    }

    public struct EditionRange: Codable, Sendable, Equatable {
        public var min: String?
        public var max: String?
        public var source: String

        enum CodingKeys: String, CodingKey, CaseIterable { case min, max, source }

        public var minValue: Int? { min.flatMap(RomanNumeral.value(of:)) }
        public var maxValue: Int? { max.flatMap(RomanNumeral.value(of:)) }
    }

    public struct CEROption: Codable, Sendable, Equatable {
        public var cer: String
        public var ceme: String
        public var grado: Int

        enum CodingKeys: String, CodingKey, CaseIterable { case cer, ceme, grado }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case calificaciones, enarm, especialidades, source }
}

extension RegistroRules.EditionRange: ValidatedDecodable {
    func validate() throws(InvalidField) {
        for (key, value) in [(CodingKeys.min, min), (.max, max)] {
            if let value, RomanNumeral.value(of: value) == nil {
                throw InvalidField(key, "«\(value)» no es una edición en números romanos")
            }
        }
    }
}
