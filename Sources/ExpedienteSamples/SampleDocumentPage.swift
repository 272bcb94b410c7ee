import ExpedienteKit

/// Draws one realistic scan of a document kind for the sample applicant.
struct SampleDocumentPage {
    let kind: SampleDocumentKind
    let dpi: Int
    let paper: Paper
    let color: Bool
    /// The QR to print, if any: where the real document has it, else at the bottom right
    /// (not on the ID cards, which are too small for 6-px modules).
    let qrPayload: [UInt8]?
    /// Smudge the QR's data modules (see `QRContent.damaged`).
    var qrDamaged = false
    /// Pixels per module of the QR; nil: the usual (at least 6 at 300 dpi).
    var qrModuleSize: Int? = nil
    /// Whose data the page prints.
    var applicant: SampleApplicant = .standard
    /// Seed of the page's pseudo-random details (body text, signature, paper tint, dust); nil:
    /// derived from the kind and dpi, as the committed samples are.
    var noiseSeed: UInt64? = nil
    /// Tint the paper and add dust (a scan); false: the clean page, the reference of `--fix-set`.
    var aged = true

    func render() throws -> PageCanvas {
        let (width, height) = paper.pixelSize(dpi: dpi)
        let canvas = PageCanvas(width: width, height: height, color: color)
        var layout = noiseSeed.map { PageLayout(canvas: canvas, dpi: dpi, rng: SplitMix64(seed: $0)) }
            ?? PageLayout(canvas: canvas, dpi: dpi, seed: "\(kind.rawValue)-\(dpi)")
        switch kind {
        case .identificacion1: ineFront(&layout)
        case .identificacion2: ineBack(&layout)
        default: try letterDocument(&layout)
        }
        layout.canvas.soften()
        guard aged else { return layout.canvas }
        layout.canvas.agePaper(using: &layout.rng, specks: paper == .idCard ? 20 : 250)
        return layout.canvas
    }

    // MARK: Letter-size documents

    private func letterDocument(_ l: inout PageLayout) throws {
        let a = applicant
        switch kind {
        case .actaNacimiento:
            l.header("ESTADOS UNIDOS MEXICANOS", subtitle: "REGISTRO CIVIL - \(a.entidadNacimiento)", ink: .guinda)
            l.title(["ACTA DE NACIMIENTO"])
            l.data([("NOMBRE(S)", a.nombres), ("PRIMER APELLIDO", a.primerApellido), ("SEGUNDO APELLIDO", a.segundoApellido),
                    ("SEXO", a.sexo), ("FECHA DE NACIMIENTO", a.fechaNacimientoImpresa), ("LUGAR DE NACIMIENTO", a.entidadNacimiento),
                    ("CURP", a.curp)])
            l.title(["DATOS DE FILIACI\u{D3}N"], preferred: 4)
            l.data([("PROGENITOR", a.progenitor), ("PROGENITORA", a.progenitora)])
            l.paragraphs(2)
            l.footer("IDENTIFICADOR ELECTR\u{D3}NICO \(a.identificadorActa) - COPIA CERTIFICADA")
        case .curp:
            l.header("SECRETAR\u{CD}A DE GOBERNACI\u{D3}N", subtitle: "REGISTRO NACIONAL DE POBLACI\u{D3}N", ink: .guinda)
            l.title(["CONSTANCIA DE LA CLAVE \u{DA}NICA", "DE REGISTRO DE POBLACI\u{D3}N"])
            l.title([a.curp], preferred: 10)
            l.data([("NOMBRE", a.nombreCompleto), ("FECHA DE INSCRIPCI\u{D3}N", a.fechaInscripcionCURP),
                    ("ENTIDAD DE REGISTRO", a.entidadNacimiento), ("FOLIO", a.folioRegistroCURP)])
            l.paragraphs(2)
            l.footer("LA IMPRESI\u{D3}N DE LA CONSTANCIA CURP ES V\u{C1}LIDA EN TODO EL PA\u{CD}S")
        case .titulo1:
            l.header(a.universidad, subtitle: "FACULTAD DE MEDICINA", ink: .darkGray)
            try qrBlock(&l)
            l.title(["OTORGA A", a.nombreCompleto, "EL T\u{CD}TULO DE", a.carrera])
            l.paragraphs(1)
            l.data([("FOLIO", a.folioTitulo), ("FECHA DE EXPEDICI\u{D3}N", "15/08/2023")])
            l.signature(caption: "RECTOR", x: l.margin + l.contentWidth / 8, width: l.contentWidth / 3)
            l.footer("T\u{CD}TULO ELECTR\u{D3}NICO - VERIFIQUE SU AUTENTICIDAD CON EL C\u{D3}DIGO QR")
        case .titulo2:
            l.header(a.universidad, subtitle: "DIRECCI\u{D3}N GENERAL DE ADMINISTRACI\u{D3}N ESCOLAR", ink: .darkGray)
            l.title(["REGISTRO DEL T\u{CD}TULO"])
            l.data([("REGISTRADO EN", "DIRECCI\u{D3}N GENERAL DE PROFESIONES"), ("LIBRO", "84"), ("FOJA", "112"),
                    ("N\u{DA}MERO", "20417"), ("FECHA", "02/10/2023")])
            l.paragraphs(2)
            l.stamp(centerX: l.margin + l.contentWidth * 3 / 4, centerY: l.y + l.px(200), text: "SEP - DGP")
            l.signature(caption: "DIRECTOR GENERAL", x: l.margin, width: l.contentWidth / 3)
        case .cedula:
            l.header("SECRETAR\u{CD}A DE EDUCACI\u{D3}N P\u{DA}BLICA", subtitle: "DIRECCI\u{D3}N GENERAL DE PROFESIONES", ink: .guinda)
            try qrBlock(&l)
            l.title(["C\u{C9}DULA PROFESIONAL ELECTR\u{D3}NICA"], ink: .guinda)
            l.data([("N\u{DA}MERO DE C\u{C9}DULA", a.cedula), ("NOMBRE", a.nombreRegistro), ("PROFESI\u{D3}N", a.carrera),
                    ("INSTITUCI\u{D3}N", a.universidad), ("FECHA DE EXPEDICI\u{D3}N", "20/11/2023"), ("CURP", a.curp)])
            l.paragraphs(2)
            l.footer("CADENA DIGITAL: 3F9A-77C1-0D42-B8E5-19AA - VALIDE EN CEDULAPROFESIONAL.SEP.GOB.MX")
        case .certificado:
            l.header(a.universidad, subtitle: "FACULTAD DE MEDICINA - SERVICIOS ESCOLARES", ink: .darkGray)
            l.title(["CERTIFICADO DE CALIFICACIONES"])
            l.data([("ALUMNO", a.nombreRegistro), ("CARRERA", a.carrera), ("N\u{DA}MERO DE CUENTA", a.numeroCuenta)])
            let subjects = ["ANATOM\u{CD}A", "BIOQU\u{CD}MICA", "FISIOLOG\u{CD}A", "FARMACOLOG\u{CD}A", "PATOLOG\u{CD}A",
                            "CIRUG\u{CD}A", "PEDIATR\u{CD}A", "MEDICINA INTERNA"]
            let rows = subjects.enumerated().map { index, subject in
                [subject, "\(2015 + index * 2 / 3)", String(format2: 8.0 + Double((index * 7) % 20) / 10), "ORDINARIO"]
            }
            l.table(headers: ["ASIGNATURA", "CICLO", "CALIFICACI\u{D3}N", "TIPO"], rows: rows, columnWeights: [5, 2, 2, 2])
            l.title(["PROMEDIO FINAL: \(a.promedio)"], preferred: 5)
            l.paragraphs(1)
            l.stamp(centerX: l.margin + l.contentWidth * 3 / 4, centerY: l.y + l.px(200), text: "SERVICIOS ESCOLARES")
            l.signature(caption: "SECRETARIO GENERAL", x: l.margin, width: l.contentWidth / 3)
        case .internado:
            l.header("SECRETAR\u{CD}A DE SALUD", subtitle: "HOSPITAL GENERAL DE M\u{C9}XICO - ENSE\u{D1}ANZA", ink: .darkGray)
            l.title(["CONSTANCIA DE T\u{C9}RMINO", "DE INTERNADO DE PREGRADO"])
            l.paragraphs(1)
            l.data([("NOMBRE", a.nombreCompleto), ("PERIODO", "01/01/2021 AL 31/12/2021"), ("CALIFICACI\u{D3}N", "9.4")])
            l.paragraphs(1)
            l.stamp(centerX: l.margin + l.contentWidth * 3 / 4, centerY: l.y + l.px(200), text: "ENSE\u{D1}ANZA")
            l.signature(caption: "JEFE DE ENSE\u{D1}ANZA", x: l.margin, width: l.contentWidth / 3)
        case .servicioSocial:
            l.header("SECRETAR\u{CD}A DE SALUD", subtitle: "SUBDIRECCI\u{D3}N DE SERVICIO SOCIAL", ink: .darkGray)
            l.title(["CONSTANCIA DE LIBERACI\u{D3}N", "DEL SERVICIO SOCIAL"])
            l.paragraphs(1)
            l.data([("NOMBRE", a.nombreCompleto), ("PERIODO", "01/08/2022 AL 31/07/2023"),
                    ("UNIDAD", "CENTRO DE SALUD T-III SAN ANDR\u{C9}S"), ("MODALIDAD", "COMUNITARIO")])
            l.paragraphs(1)
            l.stamp(centerX: l.margin + l.contentWidth * 3 / 4, centerY: l.y + l.px(200), text: "SERVICIO SOCIAL")
            l.signature(caption: "COORDINADOR ESTATAL", x: l.margin, width: l.contentWidth / 3)
        case .puntajeENARM:
            l.header("CIFRHS", subtitle: "COMISI\u{D3}N INTERINSTITUCIONAL PARA LA FORMACI\u{D3}N DE RECURSOS HUMANOS PARA LA SALUD", ink: .darkGray)
            try qrBlock(&l)
            l.title(["CONSTANCIA DE SELECCIONADO", "XLVIII ENARM"])
            l.data([("SUSTENTANTE", a.nombreCompleto), ("CURP", a.curp), ("FOLIO", a.folioENARM),
                    ("PUNTAJE", a.puntajeENARM), ("ESPECIALIDAD", a.especialidad), ("CATEGOR\u{CD}A", "M\u{C9}DICO MEXICANO")])
            l.paragraphs(2)
            l.footer("DOCUMENTO DIGITAL ORIGINAL CON C\u{D3}DIGO QR - XLVIII ENARM 2024")
        case .solicitud:
            l.header("INSTITUTO MEXICANO DEL SEGURO SOCIAL", subtitle: "COORDINACI\u{D3}N DE EDUCACI\u{D3}N EN SALUD", ink: .imssGreen)
            l.title(["SOLICITUD DE INSCRIPCI\u{D3}N", "A ESTUDIOS DE POSGRADO"])
            l.data([("FOLIO", a.folio), ("NOMBRE", a.nombreCompleto), ("CURP", a.curp), ("C\u{C9}DULA", a.cedula),
                    ("PUNTAJE ENARM", a.puntajeENARM), ("ESPECIALIDAD", a.especialidad),
                    ("FECHA DE IMPRESI\u{D3}N", "26/11/2024 21:47")])
            l.paragraphs(2)
            l.signature(caption: "FIRMA DEL ASPIRANTE", x: l.margin + l.contentWidth / 3, width: l.contentWidth / 3)
        case .bt09:
            l.header("INSTITUTO MEXICANO DEL SEGURO SOCIAL", subtitle: "DIRECCI\u{D3}N DE ADMINISTRACI\u{D3}N", ink: .imssGreen)
            l.title(["PROPUESTA PARA OCUPACI\u{D3}N", "DE PLAZA VACANTE (BT 09)"])
            l.data([("NOMBRE", a.nombreCompleto), ("MATR\u{CD}CULA", "99187345"), ("CATEGOR\u{CD}A", "M\u{C9}DICO GENERAL"),
                    ("TIPO DE CONTRATACI\u{D3}N", "BASE"), ("MARCA DE OCUPACI\u{D3}N", "00")])
            l.paragraphs(2)
            l.signature(caption: "TITULAR DE RECURSOS HUMANOS", x: l.margin, width: l.contentWidth / 3)
        case .tarjetonPago, .tarjetonPadre:
            let worker = kind == .tarjetonPago ? a.nombreRegistro : "MU\u{D1}OZ RAM\u{CD}REZ JORGE"
            l.header("INSTITUTO MEXICANO DEL SEGURO SOCIAL", subtitle: "TARJET\u{D3}N DE PAGO", ink: .imssGreen)
            l.title(["COMPROBANTE DE PERCEPCIONES", "Y DEDUCCIONES"])
            l.data([("TRABAJADOR", worker), ("MATR\u{CD}CULA", kind == .tarjetonPago ? "99187345" : "10452283"),
                    ("QUINCENA", "22/2024")])
            l.table(headers: ["CONCEPTO", "DESCRIPCI\u{D3}N", "IMPORTE"],
                    rows: [["001", "SUELDO TABULAR", "12,480.50"], ["011", "AYUDA DE DESPENSA", "1,150.00"],
                           ["115", "ISR", "-2,034.17"], ["160", "CUOTA SINDICAL", "-187.21"]],
                    columnWeights: [2, 5, 3])
            l.title(["NETO A PAGAR: 11,409.12"], preferred: 5)
        case .constanciaCEME:
            l.header("UNIVERSIDAD NACIONAL AUT\u{D3}NOMA DE M\u{C9}XICO", subtitle: "DIVISI\u{D3}N DE ESTUDIOS DE POSGRADO", ink: .darkGray)
            l.title(["CONSTANCIA DE ESTUDIOS", "CURSO DE ESPECIALIZACI\u{D3}N M\u{C9}DICA"])
            l.data([("NOMBRE", a.nombreCompleto), ("CURSO", "MEDICINA INTERNA"), ("GRADO CURSADO", "SEGUNDO A\u{D1}O"),
                    ("CICLO", "2025-2026"), ("PROMEDIO ACUMULADO", "9.1")])
            l.paragraphs(2)
            l.signature(caption: "JEFE DE LA DIVISI\u{D3}N", x: l.margin, width: l.contentWidth / 3)
        case .publicacion1, .publicacion2:
            let first = kind == .publicacion1
            l.header("REVISTA M\u{C9}DICA DEL INSTITUTO", subtitle: "ISSN 0443-5117 - INDEXADA EN MEDLINE", ink: .darkGray)
            l.title([first ? "PREVALENCIA DE HIPERTENSI\u{D3}N EN ADULTOS" : "COHORTE DE INSUFICIENCIA CARD\u{CD}ACA"])
            l.data([("AUTORES", first ? "\(a.nombreRegistro), P\u{C9}REZ G." : "P\u{C9}REZ G., \(a.nombreRegistro)"),
                    ("DOI", first ? "10.5281/ZENODO.1000001" : "10.5281/ZENODO.1000002"), ("PUBLICACI\u{D3}N", "2024")])
            l.paragraphs(3)
        case .identificacion1, .identificacion2:
            break
        }
        // Kinds without a QR of their own print a requested one at the bottom right.
        if let qrPayload, ![.titulo1, .cedula, .puntajeENARM].contains(kind) {
            let side = try QRGenerator.modules(for: qrPayload).render(moduleSize: max(6, l.px(8))).width
            try l.qr(qrPayload, top: l.canvas.height - l.margin - side)
        }
    }

    /// The QR at the top right under the header; the space stays reserved when there is none.
    private func qrBlock(_ l: inout PageLayout) throws {
        let side = try qrPayload.map { try l.qr($0, top: l.y, damaged: qrDamaged, moduleSize: qrModuleSize) } ?? 0
        l.y += max(side, l.px(460)) + l.px(40)
    }

    // MARK: INE card

    private func ineFront(_ l: inout PageLayout) {
        let a = applicant
        let (w, h) = (l.canvas.width, l.canvas.height)
        l.canvas.fill(x: 0, y: 0, width: w, height: h, ink: Ink(r: 246, g: 232, b: 238))
        l.canvas.fill(x: 0, y: 0, width: w, height: h / 6, ink: .ineMagenta)
        let s2 = l.scale(2), s3 = l.scale(3)
        l.canvas.text("M\u{C9}XICO", x: l.px(30), y: l.px(30), scale: s3, ink: .white)
        l.canvas.text("INSTITUTO NACIONAL ELECTORAL", x: w / 3, y: l.px(20), scale: s3, ink: .white)
        l.canvas.text("CREDENCIAL PARA VOTAR", x: w / 3, y: l.px(20) + l.lineHeight(s3), scale: s2, ink: .white)
        // Photo with a silhouette.
        let photo = (x: l.px(40), y: h / 6 + l.px(40), w: w / 4, h: h / 2 + l.px(40))
        l.canvas.fill(x: photo.x, y: photo.y, width: photo.w, height: photo.h, ink: Ink(r: 200, g: 205, b: 215))
        l.canvas.disc(centerX: photo.x + photo.w / 2, centerY: photo.y + photo.h * 2 / 5, radius: photo.w / 4, ink: Ink(r: 90, g: 70, b: 60))
        l.canvas.fill(x: photo.x + photo.w / 6, y: photo.y + photo.h * 3 / 4, width: photo.w * 2 / 3, height: photo.h / 4, ink: Ink(r: 60, g: 60, b: 90))
        var y = h / 6 + l.px(30)
        let x = photo.x + photo.w + l.px(40)
        func field(_ label: String, _ values: [String]) {
            l.canvas.text(label, x: x, y: y, scale: s2, ink: .ineMagenta)
            y += l.lineHeight(s2)
            for value in values {
                l.canvas.text(value, x: x, y: y, scale: l.fitting(value, preferred: 3, width: w - x - l.px(20)), ink: .black)
                y += l.lineHeight(s3)
            }
        }
        field("NOMBRE", [a.primerApellido, a.segundoApellido, a.nombres])
        field("DOMICILIO", a.domicilioLineas)
        field("CLAVE DE ELECTOR", [a.claveElector])
        field("CURP", [a.curp])
        l.canvas.text("SEXO \(a.sexoLetra)   FECHA NAC. \(a.fechaNacimientoImpresa)   VIGENCIA 2022-2032", x: l.px(40), y: h - l.px(60), scale: s2, ink: .black)
    }

    private func ineBack(_ l: inout PageLayout) {
        let a = applicant
        let (w, h) = (l.canvas.width, l.canvas.height)
        l.canvas.fill(x: 0, y: 0, width: w, height: h, ink: Ink(r: 240, g: 236, b: 242))
        // Barcode-like stripes.
        var x = l.px(40)
        while x < w / 2 {
            let bar = l.px(l.rng.int(in: 3...9))
            l.canvas.fill(x: x, y: l.px(40), width: bar, height: l.px(150), ink: .black)
            x += bar + l.px(l.rng.int(in: 4...10))
        }
        // Fingerprint box and signature.
        l.canvas.frame(x: w - l.px(260), y: l.px(30), width: l.px(220), height: l.px(260), thickness: l.px(3), ink: .darkGray)
        for r in stride(from: l.px(20), to: l.px(90), by: l.px(12)) {
            l.canvas.ring(centerX: w - l.px(150), centerY: l.px(160), radius: r, thickness: l.px(3), ink: .midGray)
        }
        l.y = l.px(230)
        l.signature(caption: "FIRMA", x: l.px(40), width: w / 3)
        // Machine-readable zone.
        let mrz = ["IDMEX2318974521<<0912345678901",
                   "\(a.fechaNacimientoCorta)8\(a.sexoLetra)3212314MEX<02<<12345<3",
                   a.primerApellido.uppercased() + "<" + a.segundoApellido + "<<" + a.nombres.replacingSpaces()]
        let s = l.fitting(mrz[0], preferred: 3, width: w - l.px(80))
        var y = h - l.px(40) - 3 * l.lineHeight(s)
        for line in mrz {
            l.canvas.text(line, x: l.px(40), y: y, scale: s, ink: .black)
            y += l.lineHeight(s)
        }
    }
}

private extension String {
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    func replacingSpaces() -> String { map { $0 == " " ? "<" : String($0) }.joined() }
}
