/// `registro:` in convocatoria.yaml: what the call says about the data an applicant registers.
public struct RegistroRules: Codable, Sendable, Equatable {
    /// The grades the registration form asks for, all on a 0-100 scale.
    @Defaulted public var calificaciones: [GradeField]
    /// The ENARM editions the call admits; nil: any.
    public var enarm: EditionRange?
    /// What a declared publication must meet (CER call, section 7); nil: the call takes none.
    public var publicaciones: PublicationRules?
    /// The last day the social service may end on, exclusive (ENARM call 2.2.1 h); nil: not checked.
    public var finServicioSocial: DateLimit?
    /// The seniority an IMSS worker must have (ENARM call, conditions for IMSS workers); nil: not checked.
    public var antiguedadIMSS: SeniorityRange?
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

    public struct PublicationRules: Codable, Sendable, Equatable {
        /// The latest publication date the call admits (inclusive).
        public var fechaMax: CalendarDate?
        public var source: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case fechaMax = "fecha_max"
            case source
        }
    }

    public struct DateLimit: Codable, Sendable, Equatable {
        /// The date must be before this day.
        public var antesDe: CalendarDate
        public var source: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case antesDe = "antes_de"
            case source
        }
    }

    public struct SeniorityRange: Codable, Sendable, Equatable {
        /// Years, inclusive.
        public var min: Double
        public var max: Double
        /// The profile the condition is for; the applicant data of other profiles is not checked.
        public var perfil: String?
        public var source: String

        enum CodingKeys: String, CodingKey, CaseIterable { case min, max, perfil, source }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case calificaciones, enarm, publicaciones, source
        case finServicioSocial = "fin_servicio_social"
        case antiguedadIMSS = "antiguedad_imss"
    }
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

extension RegistroRules.SeniorityRange: ValidatedDecodable {
    func validate() throws(InvalidField) {
        guard min.isFinite, max.isFinite, min >= 0, min <= max else {
            throw InvalidField(CodingKeys.max, "min y max deben ser años, con min ≤ max")
        }
    }
}
