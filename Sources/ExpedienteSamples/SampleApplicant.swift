import ExpedienteKit

/// The fictitious applicant printed on every sample page, so cross-document checks see one
/// consistent person. All data are invented; the CURP is well formed and its check digit valid.
public struct SampleApplicant: Sendable, Hashable {
    public let nombres: String
    public let primerApellido: String
    public let segundoApellido: String
    /// YYYY-MM-DD.
    public let fechaNacimiento: String
    /// "MUJER" or "HOMBRE".
    public let sexo: String
    public let entidadNacimiento: String
    public let curp: String
    public let claveElector: String
    public let cedula: String
    public let folio: String
    public let folioENARM: String
    /// ENARM score as printed on the constancia.
    public let puntajeENARM: String
    public let promedio: String
    public let universidad: String
    public let carrera: String
    public let folioTitulo: String
    /// Street line, then " COL. " and the neighbourhood, postcode and city (the INE card prints
    /// it in two lines, split at " COL. ").
    public let domicilio: String
    /// Father and mother as the birth certificate lists them.
    public let progenitor: String
    public let progenitora: String
    /// Electronic identifier printed at the foot of the birth certificate.
    public let identificadorActa: String
    /// DD/MM/YYYY on the CURP certificate.
    public let fechaInscripcionCURP: String
    /// Registry folio on the CURP certificate.
    public let folioRegistroCURP: String
    /// University account number on the transcript.
    public let numeroCuenta: String
    /// Specialty chosen in the ENARM.
    public let especialidad: String

    public init(
        nombres: String, primerApellido: String, segundoApellido: String, fechaNacimiento: String, sexo: String,
        entidadNacimiento: String, curp: String, claveElector: String, cedula: String, folio: String,
        folioENARM: String, puntajeENARM: String, promedio: String, universidad: String, carrera: String,
        folioTitulo: String, domicilio: String, progenitor: String, progenitora: String, identificadorActa: String,
        fechaInscripcionCURP: String, folioRegistroCURP: String, numeroCuenta: String, especialidad: String
    ) {
        self.nombres = nombres
        self.primerApellido = primerApellido
        self.segundoApellido = segundoApellido
        self.fechaNacimiento = fechaNacimiento
        self.sexo = sexo
        self.entidadNacimiento = entidadNacimiento
        self.curp = curp
        self.claveElector = claveElector
        self.cedula = cedula
        self.folio = folio
        self.folioENARM = folioENARM
        self.puntajeENARM = puntajeENARM
        self.promedio = promedio
        self.universidad = universidad
        self.carrera = carrera
        self.folioTitulo = folioTitulo
        self.domicilio = domicilio
        self.progenitor = progenitor
        self.progenitora = progenitora
        self.identificadorActa = identificadorActa
        self.fechaInscripcionCURP = fechaInscripcionCURP
        self.folioRegistroCURP = folioRegistroCURP
        self.numeroCuenta = numeroCuenta
        self.especialidad = especialidad
    }

    /// Full name as documents print it: given names first.
    public var nombreCompleto: String { "\(nombres) \(primerApellido) \(segundoApellido)" }
    /// Surnames first, as RENAPO and the SEP list it.
    public var nombreRegistro: String { "\(primerApellido) \(segundoApellido) \(nombres)" }

    /// Birth date as Mexican documents print it: DD/MM/YYYY.
    public var fechaNacimientoImpresa: String {
        let parts = fechaNacimiento.split(separator: "-")
        guard parts.count == 3 else { return fechaNacimiento }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// YYMMDD of the birth date, as in the CURP and the INE's machine-readable zone.
    public var fechaNacimientoCorta: String {
        String(fechaNacimiento.filter(\.isNumber).dropFirst(2))
    }

    /// "H" or "M", as the INE card prints the sex.
    public var sexoLetra: String { sexo.hasPrefix("H") ? "H" : "M" }

    /// The address in the two lines the INE card prints.
    public var domicilioLineas: [String] {
        guard let range = domicilio.range(of: " COL. ") else { return [domicilio] }
        return [String(domicilio[..<range.lowerBound]), "COL. " + domicilio[range.upperBound...]]
    }

    public static let standard: SampleApplicant = {
        // MU (MUÑOZ) + L (LÓPEZ) + F (FERNANDA: MARÍA is skipped in compound names), born
        // 1997-03-14, M(ujer), DF (Ciudad de México), internal consonants X (Ñ), P, R, homoclave 0.
        let stem = "MULF970314MDFXPR0"
        return SampleApplicant(
            nombres: "MAR\u{CD}A FERNANDA", primerApellido: "MU\u{D1}OZ", segundoApellido: "L\u{D3}PEZ",
            fechaNacimiento: "1997-03-14", sexo: "MUJER", entidadNacimiento: "CIUDAD DE M\u{C9}XICO",
            curp: stem + String(curpCheckDigit(stem)!),
            claveElector: "MXLPMR97031409M700", cedula: "12876543", folio: "2024-48-017392",
            folioENARM: "XLVIII-0815274", puntajeENARM: "78.4512", promedio: "9.21",
            universidad: "UNIVERSIDAD NACIONAL AUT\u{D3}NOMA DE M\u{C9}XICO", carrera: "M\u{C9}DICO CIRUJANO",
            folioTitulo: "T-2023-0098412", domicilio: "AV. INSURGENTES SUR 1234 COL. DEL VALLE 03100 CDMX",
            progenitor: "JORGE MU\u{D1}OZ RAM\u{CD}REZ", progenitora: "ANA L\u{D3}PEZ HERN\u{C1}NDEZ",
            identificadorActa: "09014970314000123", fechaInscripcionCURP: "22/05/1997",
            folioRegistroCURP: "09-0081452/97", numeroCuenta: "313045871", especialidad: "MEDICINA INTERNA"
        )
    }()

    /// RENAPO check digit of the first 17 characters of a CURP (the validator's own rule);
    /// nil when `stem` is not 17 characters of its alphabet.
    public static func curpCheckDigit(_ stem: String) -> Int? {
        CURP.checkDigit(of: Array(stem)).flatMap { Int(String($0)) }
    }
}
