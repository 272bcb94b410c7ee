import ExpedienteKit

/// What one file of a sample folder holds.
public enum SampleContent: Sendable, Equatable {
    /// A rendered page, JPEG-encoded.
    case page(PageOptions)
    /// A rendered page, then damaged at the byte level.
    case damaged(PageOptions, Damage)
    /// Bytes of another format (or arbitrary bytes) under a `.JPG` name.
    case foreign(ForeignFile)
}

public enum Damage: Sendable, Equatable {
    /// Cut to this fraction of its bytes.
    case truncated(fraction: Double)
    /// A small ZIP archive appended after the end-of-image marker.
    case appendedZip
    /// Entropy-coded bytes overwritten in the middle of the scan (still decodable, with warnings).
    case corruptedScan(byteCount: Int)
    /// A whole second JPEG (this page) appended after the first.
    case appendedJPEG(PageOptions)
}

public enum ForeignFile: Sendable, Equatable {
    /// A grayscale PNG of the page at this dpi.
    case png(PageOptions)
    case pdf(text: String)
    case heic
    case gif
    case text(String)
    /// A small photo-like JPEG (not one of the call's documents).
    case photo
}

public struct SampleFile: Sendable, Equatable {
    public let name: String
    public let content: SampleContent

    public init(_ name: String, _ content: SampleContent) {
        self.name = name
        self.content = content
    }
}

/// One sample expediente: a folder name, what it demonstrates and its files.
public struct SampleFolderSpec: Sendable, Equatable {
    public let name: String
    /// One line in Spanish.
    public let description: String
    /// Participant profile the folder is for; nil: the base profile (all applicants).
    public let perfil: String?
    public let files: [SampleFile]
    /// The folder's REGISTRO.yaml; nil: the standard ENARM applicant with `perfil`.
    public var registro: String? = nil

    /// What REGISTRO.yaml holds.
    public var registroText: String { registro ?? SampleRegistros.enarm(perfil: perfil ?? "todos") }

    public var folder: SampleFolder { SampleFolder(name: name, description: description, perfil: perfil) }
}

/// The sample folders. Each is the valid expediente (01) changed only by what it demonstrates.
enum SampleCatalog {
    typealias Kind = SampleDocumentKind

    /// The valid expediente: 300 dpi declared in every usual way.
    static let validOptions: [Kind: PageOptions] = {
        var options = Dictionary(uniqueKeysWithValues: Kind.requiredOfAll.map { ($0, PageOptions(kind: $0)) })
        options[.actaNacimiento]?.density = .jfifCentimetre // 118 dots/cm
        options[.certificado]?.density = .exifInch // JFIF unit 0 + Exif 300 inch
        options[.internado]?.density = .aspectOnly // 2550 x 3300 Letter: inferred 300
        options[.servicioSocial]?.progressive = true
        return options
    }()

    static func validFiles(
        changing changes: [Kind: SampleContent] = [:], without removed: Set<Kind> = [],
        renamed: [Kind: String] = [:]
    ) -> [SampleFile] {
        Kind.requiredOfAll.filter { !removed.contains($0) }.map { kind in
            SampleFile(renamed[kind] ?? "\(kind.rawValue).JPG", changes[kind] ?? .page(validOptions[kind]!))
        }
    }

    /// The complete CER expediente (3.1), optional documents added.
    static func cerFiles(adding extra: [Kind] = [], changing changes: [Kind: SampleContent] = [:], without removed: Set<Kind> = []) -> [SampleFile] {
        (Kind.requiredOfCER + extra).filter { !removed.contains($0) }.map { kind in
            SampleFile("\(kind.rawValue).JPG", changes[kind] ?? .page(validOptions[kind] ?? PageOptions(kind: kind)))
        }
    }

    static func valid(_ kind: Kind, _ change: (inout PageOptions) -> Void) -> PageOptions {
        var options = validOptions[kind]!
        change(&options)
        return options
    }

    static let folders: [SampleFolderSpec] = [
        SampleFolderSpec(
            name: "01-valido",
            description: "Expediente completo y correcto: 12 documentos JPG a 300 ppp (declarados en JFIF por pulgada o por centímetro, en Exif o deducidos del tamaño carta), uno progresivo.",
            perfil: nil, files: validFiles()),
        SampleFolderSpec(
            name: "02-falta-solicitud",
            description: "Falta la SOLICITUD firmada: el expediente queda pendiente de validar.",
            perfil: nil, files: validFiles(without: [.solicitud])),
        SampleFolderSpec(
            name: "03-falta-documento",
            description: "Faltan la CURP y el CERTIFICADO de calificaciones.",
            perfil: nil, files: validFiles(without: [.curp, .certificado])),
        SampleFolderSpec(
            name: "04-nombres-casi-correctos",
            description: "Contenido correcto con nombres de archivo fuera de la convención: minúsculas, acentos (NFC y NFD), espacios, sufijo « (1)» y extensión .jpeg.",
            perfil: nil,
            files: validFiles(renamed: [
                .curp: "curp.jpg",
                .cedula: "C\u{E9}dula.jpeg", // NFC é
                .actaNacimiento: "ACTA NACIMIENTO.JPG",
                .titulo1: "TITULO1 (1).JPG",
                .identificacion1: "Identificacio\u{301}n1.JPG", // NFD: o + combining acute
            ])),
        SampleFolderSpec(
            name: "05-duplicados",
            description: "La CURP aparece dos veces: CURP.JPG y CURP.JPEG (dos escaneos del mismo documento).",
            perfil: nil,
            files: validFiles() + [SampleFile("CURP.JPEG", .page(valid(.curp) { $0.quality = 80 }))]),
        SampleFolderSpec(
            name: "06-archivos-desconocidos",
            description: "Expediente completo más dos archivos que no pide la convocatoria: FOTO.JPG y NOTAS.TXT.",
            perfil: nil,
            files: validFiles() + [
                SampleFile("FOTO.JPG", .foreign(.photo)),
                SampleFile("NOTAS.TXT", .foreign(.text("Pendiente: pedir copia certificada del acta y revisar que la c\u{E9}dula se lea bien.\n"))),
            ]),
        SampleFolderSpec(
            name: "07-tipo-real-distinto",
            description: "Archivos con extensión .JPG que en realidad son otro formato: CURP es PNG, ACTANACIMIENTO es PDF, CERTIFICADO es HEIC e INTERNADO es texto.",
            perfil: nil,
            files: validFiles(changing: [
                .curp: .foreign(.png(valid(.curp) { $0.dpi = 36 })),
                .actaNacimiento: .foreign(.pdf(text: "ACTA DE NACIMIENTO - MUNOZ LOPEZ MARIA FERNANDA")),
                .certificado: .foreign(.heic),
                .internado: .foreign(.text("CONSTANCIA DE T\u{C9}RMINO DE INTERNADO DE PREGRADO\nMAR\u{CD}A FERNANDA MU\u{D1}OZ L\u{D3}PEZ\nCalificaci\u{F3}n: 9.4\n")),
            ])),
        SampleFolderSpec(
            name: "08-tamano-excedido",
            description: "CERTIFICADO.JPG pesa más de 400 KB: escaneo a color con grano y calidad 95, aunque es un JPEG válido a 300 ppp.",
            perfil: nil,
            files: validFiles(changing: [
                .certificado: .page(valid(.certificado) { $0.color = true; $0.quality = 95 }),
            ])),
        SampleFolderSpec(
            name: "09-color-y-codificacion",
            description: "ACTANACIMIENTO.JPG está en CMYK (marcador Adobe; progresivo para no pasar de 400 KB) y SERVICIOSOCIAL.JPG usa codificación aritmética.",
            perfil: nil,
            files: validFiles(changing: [
                .actaNacimiento: .page(valid(.actaNacimiento) { $0.cmyk = true; $0.progressive = true }),
                .servicioSocial: .page(valid(.servicioSocial) { $0.progressive = false; $0.arithmetic = true }),
            ])),
        SampleFolderSpec(
            name: "10-resolucion-baja",
            description: "Resolución menor a 300 ppp: TITULO2 a 150 ppp declarados, INTERNADO declara 72 ppp con píxeles de carta a 150 ppp, CURP a 200 ppp declarados en puntos por centímetro (79).",
            perfil: nil,
            files: validFiles(changing: [
                .titulo2: .page(valid(.titulo2) { $0.dpi = 150 }),
                .internado: .page(valid(.internado) { $0.dpi = 150; $0.density = .jfif(unit: .perInch, x: 72, y: 72) }),
                .curp: .page(valid(.curp) { $0.dpi = 200; $0.density = .jfifCentimetre }),
            ])),
        SampleFolderSpec(
            name: "11-archivos-danados",
            description: "Archivos dañados: CURP truncado al 60 %, INTERNADO con un ZIP pegado al final, CERTIFICADO con datos corruptos a media imagen y TITULO2 con un segundo JPEG pegado.",
            perfil: nil,
            files: validFiles(changing: [
                .curp: .damaged(validOptions[.curp]!, .truncated(fraction: 0.6)),
                .internado: .damaged(validOptions[.internado]!, .appendedZip),
                .certificado: .damaged(validOptions[.certificado]!, .corruptedScan(byteCount: 48)),
                .titulo2: .damaged(validOptions[.titulo2]!, .appendedJPEG(valid(.titulo2) { $0.dpi = 100; $0.quality = 50 })),
            ])),
        SampleFolderSpec(
            name: "12-qr",
            description: "Códigos QR: PUNTAJENARM y TITULO1 sin QR; el QR de CEDULA no tiene la forma esperada (URL de una tienda).",
            perfil: nil,
            files: validFiles(changing: [
                .puntajeENARM: .page(valid(.puntajeENARM) { $0.qr = .none }),
                .titulo1: .page(valid(.titulo1) { $0.qr = .none }),
                .cedula: .page(valid(.cedula) { $0.qr = .payload(SampleQRPayloads.unrelated) }),
            ])),
        SampleFolderSpec(
            name: "13-qr-ilegible",
            description: "Códigos QR presentes pero ilegibles (manchados): PUNTAJENARM y CEDULA.",
            perfil: nil,
            files: validFiles(changing: [
                .puntajeENARM: .page(valid(.puntajeENARM) { $0.qr = .damaged(SampleQRPayloads.enarm) }),
                .cedula: .page(valid(.cedula) { $0.qr = .damaged(SampleQRPayloads.cedula) }),
            ])),
        SampleFolderSpec(
            name: "14-qr-pequeno",
            description: "El QR de PUNTAJENARM impreso con módulos de 2 px (un escaneo reducido): se lee, pero el aviso dice cuántos px tiene cada módulo.",
            perfil: nil,
            files: validFiles(changing: [
                .puntajeENARM: .page(valid(.puntajeENARM) { $0.qr = .smallModules(2) }),
            ])),
        SampleFolderSpec(
            name: "15-pagina-en-blanco",
            description: "Páginas en blanco: CERTIFICADO es el reverso blanco de la hoja (con grano del escáner) y TITULO2 un escaneo gris sin contenido.",
            perfil: nil,
            files: validFiles(changing: [
                .certificado: .page(valid(.certificado) { $0.degradations = [.blank(paper: 246), .noise(sigma: 2.5, seed: 15)] }),
                .titulo2: .page(valid(.titulo2) { $0.degradations = [.blank(paper: 214), .noise(sigma: 4, seed: 16)] }),
            ])),
        SampleFolderSpec(
            name: "16-borroso",
            description: "Escaneos borrosos: ACTANACIMIENTO desenfocada (σ 5 px) y CURP movida (σ 8 px); el texto de 7 a 10 pt no se lee.",
            perfil: nil,
            files: validFiles(changing: [
                .actaNacimiento: .page(valid(.actaNacimiento) { $0.degradations = [.blur(sigma: 5)] }),
                .curp: .page(valid(.curp) { $0.degradations = [.blur(sigma: 8)] }),
            ])),
        SampleFolderSpec(
            name: "17-contraste-bajo",
            description: "Escaneos deslavados, oscuros o con ruido: SOLICITUD muy clara, INTERNADO muy oscuro e IDENTIFICACION2 con grano excesivo.",
            perfil: nil,
            files: validFiles(changing: [
                .solicitud: .page(valid(.solicitud) { $0.degradations = [.contrast(factor: 0.15)] }),
                .internado: .page(valid(.internado) { $0.degradations = [.brightness(factor: 0.38)] }),
                .identificacion2: .page(valid(.identificacion2) { $0.quality = 50; $0.degradations = [.noise(sigma: 50, seed: 17)] }),
            ])),
        SampleFolderSpec(
            name: "18-girada-y-encuadre",
            description: "CURP de cabeza, SERVICIOSOCIAL de lado (90 grados) y TITULO2 fotografiado pequeño sobre una mesa oscura: avisos.",
            perfil: nil,
            files: validFiles(changing: [
                .curp: .page(valid(.curp) { $0.degradations = [.halfTurn] }),
                .servicioSocial: .page(valid(.servicioSocial) { $0.degradations = [.quarterTurn] }),
                .titulo2: .page(valid(.titulo2) { $0.degradations = [.onTable(scale: 0.5, table: 60)] }),
            ])),
        SampleFolderSpec(
            name: "19-enarm-trabajador-imss",
            description: "Trabajador IMSS (perfil del registro) con BT09 y TARJETONPAGO y servicio social en el IMSS: sustenta 1.0 + 0.75 puntos adicionales.",
            perfil: "trabajador-imss", files: validFiles() + [SampleFile("BT09.JPG", .page(PageOptions(kind: .bt09))),
                                                              SampleFile("TARJETONPAGO.JPG", .page(PageOptions(kind: .tarjetonPago)))],
            registro: SampleRegistros.enarm(perfil: "trabajador-imss", extra: "servicio_social_imss: true\n")),
        SampleFolderSpec(
            name: "20-enarm-hijo-de-trabajador",
            description: "Hijo de trabajador IMSS con TARJETONPADRE e internado en el IMSS registrado: sustenta 0.75 + 0.25 puntos.",
            perfil: "hijo-de-trabajador", files: validFiles() + [SampleFile("TARJETONPADRE.JPG", .page(PageOptions(kind: .tarjetonPadre)))],
            registro: SampleRegistros.enarm(perfil: "hijo-de-trabajador", extra: "internado_imss: true\n")),
        SampleFolderSpec(
            name: "21-enarm-estudios-extranjero",
            description: "Mexicano con estudios en el extranjero: título, cédula, certificado, internado y servicio social deben estar apostillados (avisos).",
            perfil: "estudios-extranjero", files: validFiles()),
        SampleFolderSpec(
            name: "22-curp-invalida",
            description: "La CURP registrada tiene mes 13, sexo Q, entidad QQ y un dígito verificador equivocado.",
            perfil: nil, files: validFiles(),
            registro: SampleRegistros.enarm(curp: "MULF971314QQQXPR09")),
        SampleFolderSpec(
            name: "23-registro-con-errores",
            description: "Registro con la CURP incompleta, calificaciones en base 10 (9.21), fuera de escala (921) y una que la convocatoria no pide, la edición XLVII del ENARM y un perfil desconocido.",
            perfil: nil, files: validFiles(),
            registro: """
                # Datos registrados por el aspirante (README, «Datos del aspirante»).
                convocatoria: enarm-xlviii-2025-2026
                curp: MULF970314MDFXPR0
                perfil: [todos, jubilado]
                edicion_enarm: XLVII
                calificaciones:
                  promedio_licenciatura: 9.21
                  internado: 921
                  puntaje_enarm: 78.5
                  promedio_general: 88.0

                """),
        SampleFolderSpec(
            name: "24-curp-distinta-qr",
            description: "La CURP registrada es válida pero no es la del QR de la constancia ENARM (PUNTAJENARM).",
            perfil: nil, files: validFiles(),
            registro: SampleRegistros.enarm(curp: "HEGG560427MVZRRL04")),
        SampleFolderSpec(
            name: "25-cer-valido",
            description: "CER 2026-2027 completo: constancia del CEME, ENARM XLVI con QR, Cardiología desde Medicina Interna grado 2 y dos publicaciones (0.05 + 0.025 puntos).",
            perfil: nil, files: cerFiles(adding: [.publicacion1, .publicacion2]),
            registro: SampleRegistros.cer(edicion: "XLVI", extra: SampleRegistros.publicaciones)),
        SampleFolderSpec(
            name: "26-cer-enarm-anterior-xlv",
            description: "CER con selección en el XLIII ENARM: la constancia es copia certificada sin QR, así que no se busca el QR (aviso).",
            perfil: nil, files: cerFiles(changing: [.puntajeENARM: .page(PageOptions(kind: .puntajeENARM, qr: .none))]),
            registro: SampleRegistros.cer(edicion: "XLIII")),
        SampleFolderSpec(
            name: "27-cer-estudios-extranjero",
            description: "CER de un aspirante con estudios en el extranjero: avisos de apostilla en título, certificado, internado y servicio social.",
            perfil: "estudios-extranjero", files: cerFiles(),
            registro: SampleRegistros.cer(edicion: "XLVI", perfil: "estudios-extranjero")),
        SampleFolderSpec(
            name: "28-cer-sin-titulo-ni-cedula",
            description: "CER sin título ni cédula: la convocatoria CER anula el expediente.",
            perfil: nil, files: cerFiles(without: [.titulo1, .cedula]),
            registro: SampleRegistros.cer(edicion: "XLVI")),
        SampleFolderSpec(
            name: "29-cer-opcion-y-publicaciones",
            description: "CER con Neonatología desde Pediatría grado 2 (pide grado 3), una publicación en tercera posición y otra registrada sin su archivo: tres observaciones de los datos (tabla 1, 7.1 F y 3.1 10).",
            perfil: nil, files: cerFiles(adding: [.publicacion1]),
            registro: SampleRegistros.cer(edicion: "XLVI", especialidad: "{cer: Neonatología, ceme: Pediatría, grado: 2}", extra: """
                publicaciones:
                  - {documento: PUBLICACION1, autoria: 3, doi: 10.5281/zenodo.1000001}
                  - {documento: PUBLICACION2, autoria: 1, doi: 10.5281/zenodo.1000002}

                """)),
    ]
}
