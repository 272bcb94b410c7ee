/// What an applicant registered in the call's system (`registro.yaml` / `.json` in the
/// folder, `--registro FILE`, or a row of the batch CSV). Every field is optional; the
/// `data` stage checks the ones given.
public struct Registro: Codable, Sendable, Equatable {
    public static let currentVersion = 1

    public var convocatoria: String?
    public var curp: String?
    public var nombre: String?
    /// Profile ids; several when they combine (an IMSS worker with studies abroad).
    public var perfil: [String]
    /// ENARM edition of the selection, in Roman numerals (XLVIII) or digits.
    public var edicionENARM: String?
    /// Registered grades by the call's grade id (`registro.calificaciones` in convocatoria.yaml).
    public var calificaciones: [String: Grade]
    /// Registered as done at an IMSS unit (extra points only with the IMSS constancia).
    public var internadoIMSS: Bool?
    public var servicioSocialIMSS: Bool?
    public var publicaciones: [Publicacion]
    /// The CER and its prerequisite course (CER call, table 1).
    public var especialidad: Especialidad?
    /// The day the social service ended or will end (ENARM call 2.2.1 h).
    public var finServicioSocial: CalendarDate?
    /// An IMSS worker's effective seniority, in years (ENARM call, conditions for IMSS workers).
    public var antiguedadIMSSAnios: Double?
    /// The identification presented (ENARM 2.2.1 a): the INE has two sides, a passport or a
    /// consular card one carátula for both files.
    public var identificacion: Identificacion?

    public enum Identificacion: String, Codable, Sendable, CaseIterable {
        case ine
        case pasaporte
        case matriculaConsular = "matricula_consular"

        /// A registro value: the id, or how people write it (`INE`, `matrícula consular`).
        public init?(text: String) {
            let folded = FileName.fold(text).lowercased()
            switch folded {
            case "ine", "ife", "credencialparavotar", "credencialdeelector": self = .ine
            case "pasaporte": self = .pasaporte
            case "matriculaconsular", "matricula": self = .matriculaConsular
            default: return nil
            }
        }

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let value = Identificacion(text: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: Self.invalid(text)))
            }
            self = value
        }

        static func invalid(_ text: String) -> String {
            "«identificacion» debe ser ine, pasaporte o matricula_consular, no «\(text)»"
        }
    }

    public struct Grade: Codable, Sendable, Equatable {
        public var valor: Double
        /// The certificate's scale (5, 10 or 100) when the applicant states it.
        public var escala: Double?

        enum CodingKeys: String, CodingKey, CaseIterable { case valor, escala }

        public init(valor: Double, escala: Double? = nil) {
            self.valor = valor
            self.escala = escala
        }

        /// A plain number, or `{valor, escala}`.
        public init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let number = try? single.decode(Double.self) {
                self.init(valor: number)
                return
            }
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(valor: try c.decode(Double.self, forKey: .valor), escala: try c.decodeIfPresent(Double.self, forKey: .escala))
            if let escala, !escala.isFinite || escala <= 0 || escala > 100 {
                throw DecodingError.dataCorruptedError(forKey: .escala, in: c, debugDescription: "la escala del certificado debe ser 5, 10 o 100, no \(escala)")
            }
        }
    }

    public struct Publicacion: Codable, Sendable, Equatable {
        /// The file (NOMBRE) that documents it, e.g. PUBLICACION1.
        public var documento: String
        /// 1 first author, 2 second author, …
        public var autoria: Int
        public var doi: String?
        /// The journal's ISSN (NNNN-NNNC).
        public var issn: String?
        public var titulo: String?
        /// The publication date (CER call 7.1 E).
        public var fecha: CalendarDate?

        enum CodingKeys: String, CodingKey, CaseIterable { case documento, autoria, doi, issn, titulo, fecha }

        public init(documento: String, autoria: Int, doi: String? = nil, issn: String? = nil, titulo: String? = nil, fecha: CalendarDate? = nil) {
            self.documento = documento
            self.autoria = autoria
            self.doi = doi
            self.issn = issn
            self.titulo = titulo
            self.fecha = fecha
        }

        /// A DOI or ISSN that YAML reads as a number (`doi: 10.1234`, `issn: 12345679`) is kept
        /// as its text, for the checks to judge.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            documento = try c.decode(String.self, forKey: .documento)
            autoria = try c.decode(Int.self, forKey: .autoria)
            doi = try c.decodeText(forKey: .doi)
            issn = try c.decodeText(forKey: .issn)
            titulo = try c.decodeText(forKey: .titulo)
            fecha = try c.decodeIfPresent(CalendarDate.self, forKey: .fecha)
        }
    }

    public struct Especialidad: Codable, Sendable, Equatable {
        public var cer: String
        public var ceme: String
        public var grado: Int

        enum CodingKeys: String, CodingKey, CaseIterable { case cer, ceme, grado }

        public init(cer: String, ceme: String, grado: Int) {
            self.cer = cer
            self.ceme = ceme
            self.grado = grado
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, convocatoria, curp, nombre, perfil, calificaciones, publicaciones, especialidad
        case edicionENARM = "edicion_enarm"
        case internadoIMSS = "internado_imss"
        case servicioSocialIMSS = "servicio_social_imss"
        case finServicioSocial = "fin_servicio_social"
        case antiguedadIMSSAnios = "antiguedad_imss_anios"
        case identificacion
    }

    public init(convocatoria: String? = nil, curp: String? = nil, nombre: String? = nil, perfil: [String] = [],
                edicionENARM: String? = nil, calificaciones: [String: Grade] = [:], internadoIMSS: Bool? = nil,
                servicioSocialIMSS: Bool? = nil, publicaciones: [Publicacion] = [], especialidad: Especialidad? = nil,
                finServicioSocial: CalendarDate? = nil, antiguedadIMSSAnios: Double? = nil, identificacion: Identificacion? = nil) {
        self.identificacion = identificacion
        self.convocatoria = convocatoria
        self.curp = curp
        self.nombre = nombre
        self.perfil = perfil
        self.edicionENARM = edicionENARM
        self.calificaciones = calificaciones
        self.internadoIMSS = internadoIMSS
        self.servicioSocialIMSS = servicioSocialIMSS
        self.publicaciones = publicaciones
        self.especialidad = especialidad
        self.finServicioSocial = finServicioSocial
        self.antiguedadIMSSAnios = antiguedadIMSSAnios
    }

    /// A profile list may be one comma-separated text, and the edition a number; the `version`
    /// key is checked by `StrictDecoder` (`VersionedFile`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        convocatoria = try c.decodeIfPresent(String.self, forKey: .convocatoria)
        curp = try c.decodeIfPresent(String.self, forKey: .curp)
        nombre = try c.decodeIfPresent(String.self, forKey: .nombre)
        if let one = try? c.decodeIfPresent(String.self, forKey: .perfil) {
            perfil = one.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            perfil = try c.decodeIfPresent([String].self, forKey: .perfil) ?? []
        }
        // YAML reads XLVIII as text but 48 as a number: accept both.
        if let text = try? c.decodeIfPresent(String.self, forKey: .edicionENARM) {
            edicionENARM = text
        } else {
            edicionENARM = try c.decodeIfPresent(Int.self, forKey: .edicionENARM).map(String.init)
        }
        calificaciones = try c.decodeIfPresent([String: Grade].self, forKey: .calificaciones) ?? [:]
        internadoIMSS = try c.decodeIfPresent(Bool.self, forKey: .internadoIMSS)
        servicioSocialIMSS = try c.decodeIfPresent(Bool.self, forKey: .servicioSocialIMSS)
        publicaciones = try c.decodeIfPresent([Publicacion].self, forKey: .publicaciones) ?? []
        especialidad = try c.decodeIfPresent(Especialidad.self, forKey: .especialidad)
        finServicioSocial = try c.decodeIfPresent(CalendarDate.self, forKey: .finServicioSocial)
        antiguedadIMSSAnios = try c.decodeIfPresent(Double.self, forKey: .antiguedadIMSSAnios)
        identificacion = try c.decodeIfPresent(Identificacion.self, forKey: .identificacion)
        if let years = antiguedadIMSSAnios, !years.isFinite || years < 0 || years > 100 {
            throw DecodingError.dataCorruptedError(forKey: .antiguedadIMSSAnios, in: c, debugDescription: "«antiguedad_imss_anios» debe ser un número de años entre 0 y 100")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(convocatoria, forKey: .convocatoria)
        try c.encodeIfPresent(curp, forKey: .curp)
        try c.encodeIfPresent(nombre, forKey: .nombre)
        if !perfil.isEmpty { try c.encode(perfil, forKey: .perfil) }
        try c.encodeIfPresent(edicionENARM, forKey: .edicionENARM)
        if !calificaciones.isEmpty { try c.encode(calificaciones, forKey: .calificaciones) }
        try c.encodeIfPresent(internadoIMSS, forKey: .internadoIMSS)
        try c.encodeIfPresent(servicioSocialIMSS, forKey: .servicioSocialIMSS)
        if !publicaciones.isEmpty { try c.encode(publicaciones, forKey: .publicaciones) }
        try c.encodeIfPresent(especialidad, forKey: .especialidad)
        try c.encodeIfPresent(finServicioSocial, forKey: .finServicioSocial)
        try c.encodeIfPresent(antiguedadIMSSAnios, forKey: .antiguedadIMSSAnios)
        try c.encodeIfPresent(identificacion, forKey: .identificacion)
    }

    /// The ENARM edition as a number, nil when absent or not a numeral.
    public var edicionNumber: Int? { edicionENARM.flatMap(RomanNumeral.value(of:)) }
}

extension Registro: VersionedFile {}

extension KeyedDecodingContainer {
    /// Text that YAML may read as a number: the number's text.
    func decodeText(forKey key: Key) throws -> String? {
        if let text = try? decodeIfPresent(String.self, forKey: key) { return text }
        if let whole = try? decodeIfPresent(Int.self, forKey: key) { return String(whole) }
        return try decodeIfPresent(Double.self, forKey: key).map { "\($0)" }
    }
}
