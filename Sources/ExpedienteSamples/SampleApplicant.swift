/// The fictitious applicant printed on every sample page, so cross-document checks see one
/// consistent person. All data are invented; the CURP is well formed and its check digit valid.
public struct SampleApplicant: Sendable, Equatable {
    public let nombres: String
    public let primerApellido: String
    public let segundoApellido: String
    /// YYYY-MM-DD.
    public let fechaNacimiento: String
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
    public let domicilio: String

    /// Full name as documents print it: given names first.
    public var nombreCompleto: String { "\(nombres) \(primerApellido) \(segundoApellido)" }
    /// Surnames first, as RENAPO and the SEP list it.
    public var nombreRegistro: String { "\(primerApellido) \(segundoApellido) \(nombres)" }

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
            folioTitulo: "T-2023-0098412", domicilio: "AV. INSURGENTES SUR 1234 COL. DEL VALLE 03100 CDMX"
        )
    }()

    /// RENAPO check digit of the first 17 characters of a CURP: values from
    /// "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ", weights 18…2, digit = (10 − sum mod 10) mod 10.
    /// Nil when `stem` is not 17 characters of that alphabet.
    public static func curpCheckDigit(_ stem: String) -> Int? {
        let alphabet = Array("0123456789ABCDEFGHIJKLMN\u{D1}OPQRSTUVWXYZ")
        let characters = Array(stem)
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (index, character) in characters.enumerated() {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            sum += value * (18 - index)
        }
        return (10 - sum % 10) % 10
    }
}
