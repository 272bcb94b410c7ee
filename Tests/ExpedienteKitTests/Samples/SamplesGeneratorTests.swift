import ExpedienteKit
import ExpedienteSamples
import Foundation
import Testing

/// The sample expedientes, generated once per test process into a temporary folder.
private enum Generated {
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("samples-\(UUID().uuidString)")
        _ = try! SampleWriter.write(to: url)
        return url
    }()

    static func bytes(_ folder: String, _ file: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file)))
    }

    /// Entry names as raw UTF-8 bytes (no normalisation by Foundation).
    static func names(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
    }
}

@Suite struct SamplesGeneratorTests {
    static let required = ["IDENTIFICACION1", "IDENTIFICACION2", "ACTANACIMIENTO", "CURP", "TITULO1", "TITULO2",
                           "CEDULA", "CERTIFICADO", "INTERNADO", "SERVICIOSOCIAL", "PUNTAJENARM", "SOLICITUD"]

    /// The committed SampleDocs/ are byte for byte what the generator makes, so the
    /// generation is deterministic and anyone can regenerate them.
    @Test func committedSampleDocsAreTheGeneratorsOutput() throws {
        for spec in SampleWriter.catalog {
            let names = try Generated.names(spec.name)
            let committed = TestPaths.sampleDocs.appendingPathComponent(spec.name)
            #expect(try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted() == names,
                    "\(spec.name): regenerate with `swift run expediente-samples`")
            for name in names {
                let stored = try [UInt8](Data(contentsOf: committed.appendingPathComponent(name)))
                #expect(stored == (try Generated.bytes(spec.name, name)), "\(spec.name)/\(name) differs from the generator's output")
            }
        }
    }

    @Test func writesOneFolderPerCatalogEntryAndNothingElse() throws {
        let entries = try FileManager.default.contentsOfDirectory(atPath: Generated.root.path).sorted()
        #expect(entries == SampleWriter.catalog.map(\.name).sorted())
        #expect(SampleWriter.catalog.count == 29)
        for spec in SampleWriter.catalog {
            #expect(!spec.description.isEmpty && !spec.description.contains("\n"))
            #expect(try Generated.names(spec.name) == (spec.files.map(\.name) + ["REGISTRO.yaml"]).sorted())
        }
        let valid = try Generated.names("01-valido")
        #expect(valid == (Self.required.map { $0 + ".JPG" } + ["REGISTRO.yaml"]).sorted())
        #expect(try !Generated.names("02-falta-solicitud").contains("SOLICITUD.JPG"))
        let missing = try Generated.names("03-falta-documento")
        #expect(!missing.contains("CURP.JPG") && !missing.contains("CERTIFICADO.JPG") && missing.count == 11)
        #expect(try Generated.names("05-duplicados").filter { $0.hasPrefix("CURP.") } == ["CURP.JPEG", "CURP.JPG"])
    }

    @Test func nearMissNamesKeepTheirExactBytes() throws {
        let names = try Generated.names("04-nombres-casi-correctos")
        let utf8 = Set(names.map { Array($0.utf8) })
        #expect(utf8.contains(Array("curp.jpg".utf8)))
        #expect(utf8.contains(Array("C".utf8) + [0xC3, 0xA9] + Array("dula.jpeg".utf8))) // NFC é
        #expect(utf8.contains(Array("Identificacio".utf8) + [0xCC, 0x81] + Array("n1.JPG".utf8))) // NFD
        #expect(utf8.contains(Array("ACTA NACIMIENTO.JPG".utf8)))
        #expect(utf8.contains(Array("TITULO1 (1).JPG".utf8)))
        // Same content as the valid folder.
        #expect(try Generated.bytes("04-nombres-casi-correctos", "curp.jpg") == Generated.bytes("01-valido", "CURP.JPG"))
    }

    @Test func validPagesDeclareTheirResolution() throws {
        for kind in Self.required {
            let bytes = try Generated.bytes("01-valido", kind + ".JPG")
            #expect(bytes.count < 400 * 1024 && bytes.count > 10_000, "\(kind): \(bytes.count) bytes")
            let header = try JPEGCodec.readHeader(bytes)
            #expect(header.colorSpace.isColorOrGray && !header.arithmetic && !header.hasAdobeMarker)
            let layout = JPEGLayout.parse(bytes)
            #expect(layout.trailingByteCount == 0 && !layout.malformed)
            let density = try #require(header.jfifDensity, "\(kind) has JFIF")
            switch kind {
            case "ACTANACIMIENTO":
                #expect(density == PixelDensity(unit: .perCentimetre, x: 118, y: 118))
            case "CERTIFICADO":
                #expect(density.unit == .none)
                #expect(layout.exif.flatMap(ExifResolution.density) == PixelDensity(unit: .perInch, x: 300, y: 300))
                #expect(header.width == 2550 && header.height == 4020) // Oficio
            case "INTERNADO":
                #expect(density == PixelDensity(unit: .none, x: 1, y: 1) && layout.exif == nil)
                #expect(header.width == 2550 && header.height == 3300)
            default:
                #expect(density == PixelDensity(unit: .perInch, x: 300, y: 300), "\(kind)")
            }
            #expect(header.progressive == (kind == "SERVICIOSOCIAL"))
            let colour = ["IDENTIFICACION1", "IDENTIFICACION2", "CEDULA"].contains(kind)
            #expect(header.components == (colour ? 3 : 1), "\(kind)")
        }
        let card = try JPEGCodec.readHeader(Generated.bytes("01-valido", "IDENTIFICACION1.JPG"))
        #expect(card.width == 1011 && card.height == 638)
    }

    @Test func qrCodesScanBackToTheirPayloads() throws {
        let expected: [(folder: String, file: String, payload: [UInt8]?)] = [
            ("01-valido", "PUNTAJENARM.JPG", SampleQRPayloads.enarm),
            ("01-valido", "CEDULA.JPG", SampleQRPayloads.cedula),
            ("01-valido", "TITULO1.JPG", SampleQRPayloads.titulo),
            ("12-qr", "CEDULA.JPG", SampleQRPayloads.unrelated),
            ("12-qr", "PUNTAJENARM.JPG", nil),
            ("12-qr", "TITULO1.JPG", nil),
            ("01-valido", "CURP.JPG", nil),
        ]
        for (folder, file, payload) in expected {
            let decoded = try JPEGCodec.decodeGray(Generated.bytes(folder, file))
            #expect(decoded.warningCount == 0)
            let codes = QRScanner.scan(decoded.image)
            #expect(codes.map(\.bytes) == (payload.map { [$0] } ?? []), "\(folder)/\(file)")
        }
        #expect(SampleQRPayloads.tituloText.contains("Educaci\u{F3}n"))
        #expect(SampleQRPayloads.cedulaText.contains("MU\u{D1}OZ"))
        #expect(SampleQRPayloads.enarmText.contains(SampleApplicant.standard.folioENARM))
    }

    @Test func foreignFormatsHaveTheirRealSignatures() throws {
        let folder = "07-tipo-real-distinto"
        let png = try Generated.bytes(folder, "CURP.JPG")
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.suffix(12) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]) // IEND + its CRC
        #expect(try Generated.bytes(folder, "ACTANACIMIENTO.JPG").starts(with: Array("%PDF-1.4".utf8)))
        let pdf = String(decoding: try Generated.bytes(folder, "ACTANACIMIENTO.JPG"), as: UTF8.self)
        #expect(pdf.hasSuffix("%%EOF\n") && pdf.contains("/Type /Page "))
        let heic = try Generated.bytes(folder, "CERTIFICADO.JPG")
        #expect(Array(heic[4..<12]) == Array("ftypheic".utf8))
        let text = try Generated.bytes(folder, "INTERNADO.JPG")
        #expect(String(validating: text, as: UTF8.self)?.contains("INTERNADO") == true)
        #expect(ForeignFormats.gif().starts(with: Array("GIF89a".utf8)) && ForeignFormats.gif().last == 0x3B)
        #expect(ForeignFormats.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(ForeignFormats.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(try Generated.bytes("06-archivos-desconocidos", "FOTO.JPG").starts(with: [0xFF, 0xD8, 0xFF]))
    }

    @Test func damagedFilesShowTheirDamage() throws {
        let folder = "11-archivos-danados"
        let intact = try Generated.bytes("01-valido", "CURP.JPG")
        let truncated = try Generated.bytes(folder, "CURP.JPG")
        #expect(truncated.count == Int(Double(intact.count) * 0.6))
        #expect(try JPEGCodec.decodeGray(truncated).truncated)

        let zipped = JPEGLayout.parse(try Generated.bytes(folder, "INTERNADO.JPG"))
        let zipStart = try #require(zipped.endOfImageOffset)
        #expect(Array(try Generated.bytes(folder, "INTERNADO.JPG")[zipStart..<(zipStart + 4)]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(zipped.trailingByteCount > 0 && !zipped.trailingLooksLikeJPEG)

        let corrupt = try JPEGCodec.decodeGray(Generated.bytes(folder, "CERTIFICADO.JPG"))
        #expect(corrupt.corrupt && !corrupt.truncated && corrupt.image.width == 2550)
        #expect(try Generated.bytes(folder, "CERTIFICADO.JPG").count == Generated.bytes("01-valido", "CERTIFICADO.JPG").count)

        let doubled = JPEGLayout.parse(try Generated.bytes(folder, "TITULO2.JPG"))
        #expect(doubled.trailingLooksLikeJPEG)
    }

    @Test func formatSizeAndResolutionCases() throws {
        let oversized = try Generated.bytes("08-tamano-excedido", "CERTIFICADO.JPG")
        #expect(oversized.count > 409_600)
        let big = try JPEGCodec.readHeader(oversized)
        #expect(big.components == 3 && JPEGLayout.parse(oversized).exif.flatMap(ExifResolution.density)?.dpi == 300)

        let cmyk = try JPEGCodec.readHeader(Generated.bytes("09-color-y-codificacion", "ACTANACIMIENTO.JPG"))
        #expect(cmyk.hasAdobeMarker && !cmyk.colorSpace.isColorOrGray && cmyk.components == 4)
        #expect(try JPEGCodec.readHeader(Generated.bytes("09-color-y-codificacion", "SERVICIOSOCIAL.JPG")).arithmetic)

        let low = "10-resolucion-baja"
        let titulo2 = try JPEGCodec.readHeader(Generated.bytes(low, "TITULO2.JPG"))
        #expect(titulo2.width == 1275 && titulo2.height == 1650 && titulo2.jfifDensity?.dpi == 150)
        let internado = try JPEGCodec.readHeader(Generated.bytes(low, "INTERNADO.JPG"))
        #expect(internado.width == 1275 && internado.height == 1650 && internado.jfifDensity?.dpi == 72)
        let curp = try JPEGCodec.readHeader(Generated.bytes(low, "CURP.JPG"))
        #expect(curp.jfifDensity == PixelDensity(unit: .perCentimetre, x: 79, y: 79))
    }

    @Test func sampleApplicantHasAValidCURP() {
        let curp = SampleApplicant.standard.curp
        // RENAPO algorithm, written out independently of the library.
        let alphabet = Array("0123456789ABCDEFGHIJKLMN\u{D1}OPQRSTUVWXYZ")
        let characters = Array(curp)
        #expect(characters.count == 18)
        var sum = 0
        for index in 0..<17 { sum += (alphabet.firstIndex(of: characters[index]) ?? -1000) * (18 - index) }
        #expect(String(characters[17]) == String((10 - sum % 10) % 10))
        #expect(curp.hasPrefix("MULF970314MDF"))
        #expect(SampleApplicant.curpCheckDigit("BADO") == nil)
    }

    @Test func singlePageHelperHonoursItsOptions() throws {
        let page = try SamplePages.documentJPEG(kind: "SOLICITUD", dpi: 150, paper: .a4, quality: 60, density: .jfifCentimetre)
        let header = try JPEGCodec.readHeader(page)
        #expect(header.width == 1240 && header.height == 1754 && header.jfifDensity?.unit == .perCentimetre)
        let card = try JPEGCodec.readHeader(SamplePages.documentJPEG(kind: "IDENTIFICACION2", density: .noJFIF))
        #expect(card.width == 1011 && card.jfifDensity == nil)
        let payload = Array("https://ejemplo.mx/\u{F1}".utf8)
        let custom = try SamplePages.documentJPEG(kind: "CURP", qrPayload: payload)
        #expect(QRScanner.scan(try JPEGCodec.decodeGray(custom).image).map(\.bytes) == [payload])
        #expect(throws: SampleError.unknownKind("PASAPORTE")) { try SamplePages.documentJPEG(kind: "PASAPORTE") }
        #expect(Paper.letter.pixelSize(dpi: 300) == (2550, 3300) && Paper.oficio.pixelSize(dpi: 300) == (2550, 4020))
    }

    @Test func fontCoversTheTextsOfThePages() {
        for character in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:-/()#" {
            #expect(BitmapFont.rows(for: character)?.rows.count == 7, "\(character)")
        }
        for (accented, base) in zip("\u{C1}\u{C9}\u{CD}\u{D3}\u{DA}\u{D1}\u{DC}", "AEIOUNU") {
            let glyph = BitmapFont.rows(for: accented)
            #expect(glyph?.rows == BitmapFont.rows(for: base)?.rows && glyph?.mark != nil)
        }
        #expect(BitmapFont.rows(for: "E\u{301}")?.mark == .acute) // NFD
        #expect(BitmapFont.rows(for: "\u{2603}") == nil)
    }
}
