/// The document kinds of the call's table (NOMBRE column) that the samples can draw.
public enum SampleDocumentKind: String, Sendable, CaseIterable {
    case identificacion1 = "IDENTIFICACION1"
    case identificacion2 = "IDENTIFICACION2"
    case actaNacimiento = "ACTANACIMIENTO"
    case curp = "CURP"
    case titulo1 = "TITULO1"
    case titulo2 = "TITULO2"
    case cedula = "CEDULA"
    case certificado = "CERTIFICADO"
    case internado = "INTERNADO"
    case servicioSocial = "SERVICIOSOCIAL"
    case puntajeENARM = "PUNTAJENARM"
    case solicitud = "SOLICITUD"
    case bt09 = "BT09"
    case tarjetonPago = "TARJETONPAGO"
    case tarjetonPadre = "TARJETONPADRE"
    /// CER call only: the prerequisite course's constancia and scientific publications.
    case constanciaCEME = "CONSTANCIACEME"
    case publicacion1 = "PUBLICACION1"
    case publicacion2 = "PUBLICACION2"

    /// The twelve documents every applicant uploads, in the order of the call's table.
    public static let requiredOfAll: [SampleDocumentKind] = [
        .identificacion1, .identificacion2, .actaNacimiento, .curp, .titulo1, .titulo2,
        .cedula, .certificado, .internado, .servicioSocial, .puntajeENARM, .solicitud,
    ]

    /// The documents of a complete CER expediente (3.1): TITULO2 is optional there.
    public static let requiredOfCER: [SampleDocumentKind] = [
        .identificacion1, .identificacion2, .actaNacimiento, .curp, .titulo1, .cedula, .certificado,
        .constanciaCEME, .internado, .servicioSocial, .puntajeENARM, .solicitud,
    ]

    /// Sheet the original document is printed on.
    public var naturalPaper: Paper {
        switch self {
        case .identificacion1, .identificacion2: .idCard
        case .curp: .a4
        case .certificado: .oficio
        default: .letter
        }
    }

    /// Scanned in colour (the INE card and the electronic cédula); the rest are gray scans.
    public var isColor: Bool { [.identificacion1, .identificacion2, .cedula].contains(self) }

    /// The QR payload the real document carries, if it carries one.
    public var standardQRPayload: [UInt8]? { qrPayload(for: .standard) }

    /// The QR payload the real document carries for `applicant`, if it carries one.
    public func qrPayload(for applicant: SampleApplicant) -> [UInt8]? {
        switch self {
        case .puntajeENARM: Array(SampleQRPayloads.enarmText(for: applicant).utf8)
        case .cedula: Array(SampleQRPayloads.cedulaText(for: applicant).utf8)
        case .titulo1: Array(SampleQRPayloads.tituloText(for: applicant).utf8)
        default: nil
        }
    }
}

/// QR payloads of the sample documents (UTF-8). Their real formats are not published; these
/// mimic the issuers' public verification URLs and carry the sample applicant's data.
public enum SampleQRPayloads {
    static let applicant = SampleApplicant.standard

    /// Constancia de seleccionado ENARM (CIFRHS), with the ENARM folio and CURP.
    public static let enarmText = enarmText(for: applicant)
    /// Cédula electrónica (SEP): number plus name with accents ("MUÑOZ").
    public static let cedulaText = cedulaText(for: applicant)
    /// Título electrónico: plain text with "Educación".
    public static let tituloText = tituloText(for: applicant)

    public static func enarmText(for applicant: SampleApplicant) -> String {
        "https://www.cifrhs.salud.gob.mx/site/enarm/constancia?folio=\(applicant.folioENARM)&curp=\(applicant.curp)"
    }

    public static func cedulaText(for applicant: SampleApplicant) -> String {
        "https://cedulaprofesional.sep.gob.mx/cedula/validar?cedula=\(applicant.cedula)&nombre=\(applicant.nombreRegistro)"
    }

    /// The degree in title case, as the electronic título's text spells it ("Médico Cirujano").
    public static func tituloText(for applicant: SampleApplicant) -> String {
        let carrera = applicant.carrera.lowercased().split(separator: " ").map { word in
            ["y", "de", "del", "la", "e"].contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
        return "Secretar\u{ED}a de Educaci\u{F3}n P\u{FA}blica|T\u{ED}tulo profesional electr\u{F3}nico|Folio \(applicant.folioTitulo)|\(applicant.nombreCompleto)|\(carrera)"
    }

    /// A payload of the wrong shape for a cédula (a shop's URL), for the QR sample.
    public static let unrelatedText = "https://tienda-ejemplo.com.mx/ofertas?producto=4521&utm_source=qr"

    public static var enarm: [UInt8] { Array(enarmText.utf8) }
    public static var cedula: [UInt8] { Array(cedulaText.utf8) }
    public static var titulo: [UInt8] { Array(tituloText.utf8) }
    public static var unrelated: [UInt8] { Array(unrelatedText.utf8) }
}
