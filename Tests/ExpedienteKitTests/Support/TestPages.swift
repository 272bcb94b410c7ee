import ExpedienteKit
import ExpedienteSamples

/// Real JPEG bytes made with the project's own libjpeg encoder.
enum TestPages {
    /// A Letter page (8.5 × 11 in) with a few dark text-like bars, gray.
    /// `variant` changes the lengths of the bars: pages of different documents are different pictures.
    static func letter(dpi: Int = 300, density: PixelDensity?? = .none, quality: Int = 60, variant: Int = 0,
                       progressive: Bool = false, arithmetic: Bool = false, cmyk: Bool = false,
                       extraMarkers: [(code: UInt8, payload: [UInt8])] = [], qr: [UInt8]? = nil, qrImage: GrayImage? = nil) throws -> [UInt8] {
        let width = dpi * 17 / 2, height = dpi * 11
        var pixels = [UInt8](repeating: 250, count: width * height)
        let bar = max(1, dpi / 30)
        var y = dpi
        while y + bar < height - dpi {
            let length = width / 3 + (y * 7919 + variant * 104_729) % (width / 3)
            for row in y..<(y + bar) {
                for x in dpi..<min(width - dpi / 2, dpi + length) { pixels[row * width + x] = 30 }
            }
            y += bar * 10
        }
        if let code = try qrImage ?? qr.map({ try QRGenerator.modules(for: $0).render(moduleSize: max(2, dpi / 40)) }) {
            let left = width - code.width - dpi / 2, top = height - code.height - dpi / 2
            for row in 0..<code.height {
                for column in 0..<code.width { pixels[(top + row) * width + left + column] = code[column, row] }
            }
        }
        let declared: PixelDensity? = switch density {
        case .none: PixelDensity(unit: .perInch, x: Double(dpi), y: Double(dpi))
        case .some(let value): value
        }
        var image = RasterImage(width: width, height: height, components: 1, pixels: pixels)
        if cmyk {
            image = RasterImage(width: width, height: height, components: 3, pixels: pixels.flatMap { [$0, $0, $0] })
        }
        return try JPEGCodec.encode(image, quality: quality, density: declared, progressive: progressive,
                                    arithmetic: arithmetic, cmyk: cmyk, extraMarkers: extraMarkers)
    }

    /// The valid 300-dpi page, made once per test run.
    static let validLetter: [UInt8] = try! letter()

    /// The valid page with a QR, as the ENARM constancia has.
    static let validLetterWithQR: [UInt8] = try! letter(qr: Array("https://www.cifrhs.salud.gob.mx/constancia?folio=123456".utf8))

    /// A folder with every required document, all valid, each its own page.
    static func writeValidFolder(_ folder: TemporaryFolder, except: Set<String> = []) throws {
        for (kind, page) in zip(requiredKinds, validFolderPages) where !except.contains(kind) {
            try folder.write("\(kind).JPG", page)
        }
    }

    /// The pages of `writeValidFolder`, in the order of `requiredKinds`, made once per test run.
    static let validFolderPages: [[UInt8]] = requiredKinds.enumerated().map { index, kind in
        kind == "PUNTAJENARM" ? validLetterWithQR : try! letter(variant: index)
    }

    /// Every document an applicant of profile `todos` must present, as valid pages.
    static let requiredKinds = [
        "IDENTIFICACION1", "IDENTIFICACION2", "ACTANACIMIENTO", "CURP", "TITULO1", "TITULO2",
        "CEDULA", "CERTIFICADO", "INTERNADO", "SERVICIOSOCIAL", "PUNTAJENARM", "SOLICITUD",
    ]

    /// The QR code of an electronic cédula with half of its data modules scrambled (a fixed
    /// pattern): its finder patterns are there, its data cannot be decoded.
    static func smudgedQR(moduleSize module: Int) throws -> GrayImage {
        let matrix = try QRGenerator.modules(for: Array("https://cedulaprofesional.sep.gob.mx/cedula?id=1".utf8))
        var code = matrix.render(moduleSize: module)
        var state: UInt64 = 42
        for my in 9..<(matrix.size - 9) {
            for mx in 9..<(matrix.size - 9) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                guard state >> 63 == 1 else { continue }
                let value: UInt8 = (state >> 62) & 1 == 1 ? 0 : 255
                for dy in 0..<module { for dx in 0..<module { code.pixels[((my + 4) * module + dy) * code.width + (mx + 4) * module + dx] = value } }
            }
        }
        return code
    }
}
