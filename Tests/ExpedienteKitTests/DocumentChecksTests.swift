import ExpedienteKit
import Foundation
import Testing

/// Each check that reads one file, on that file checked alone (`Checking.checkAlone`): names,
/// type, size, header, resolution, integrity and QR findings of one document.
@Suite struct DocumentChecksTests {
    @Test func anUnknownFileIsAnAviso() throws {
        let report = try Checking.checkAlone("FOTO.JPG", bytes: TestPages.validLetter)
        let unknown = try #require(report.observations.first { $0.checkID == .inventoryUnknown })
        #expect(unknown.document == nil && unknown.severity == .aviso)
        #expect(report.kind == nil)
        #expect(report.status == .enProcesoDeValidacion)
    }

    @Test(arguments: [
        ("curp.jpg", "CURP", [CheckID.nameUppercase]),
        ("Cédula.jpeg", "CEDULA", [.nameUppercase, .nameAccents]),
        ("Ce\u{301}dula.jpeg", "CEDULA", [.nameUppercase, .nameAccents]),
        ("ACTA NACIMIENTO.JPG", "ACTANACIMIENTO", [.nameSpaces]),
        ("CURP (1).JPG", "CURP", [.nameSpaces, .nameSymbols]),
        ("ACTA_DE_NACIMIENTO.JPG", "ACTANACIMIENTO", [.nameSymbols, .nameExact]),
        ("CURP.JPG.JPG", "CURP", [.nameSymbols]),
        ("CURP - copia.JPG", "CURP", [.nameUppercase, .nameSpaces, .nameSymbols]),
    ])
    func nearMissNamesAreRecognisedWithTheExactNameToUse(name: String, kind: String, checks: [CheckID]) throws {
        let report = try Checking.checkAlone(name, bytes: TestPages.validLetter)
        #expect(!report.observations.contains { $0.checkID == .inventoryUnknown }, "\(name) must be recognised")
        #expect(report.kind == kind)
        let found = report.observations.filter { $0.file == name && $0.checkID.map(CheckCatalog.definition)?.stage == .name }
        #expect(found.compactMap(\.checkID) == checks)
        #expect(found.allSatisfy { $0.document == kind && $0.hint?.contains("\(kind).J") == true })
    }

    @Test func aPNGNamedJPGIsReportedAsWhatItIs() throws {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        png += [0, 0, 0, 100, 0, 0, 0, 100, 8, 2, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0, count: 64)
        let report = try Checking.checkAlone("CURP.JPG", bytes: png)
        let finding = try #require(report.observations.first { $0.checkID == .typeNotJPEG })
        #expect(finding.actual == "image/png")
        #expect(finding.message.contains("PNG"))
        #expect(report.checks(for: "CURP.JPG") == [.typeNotJPEG], "no JPEG stage runs on a PNG")
    }

    @Test func aTextFileNamedJPGIsReportedAsText() throws {
        let report = try Checking.checkAlone("INTERNADO.JPG", bytes: Array("hola, esto no es una imagen\n".utf8))
        let finding = try #require(report.observations.first { $0.checkID == .typeNotJPEG })
        #expect(finding.actual == "text/plain")
    }

    @Test func anEmptyFileIsReported() throws {
        let report = try Checking.checkAlone("CURP.JPG", bytes: [])
        #expect(report.checks(for: "CURP.JPG").contains(.sizeEmpty))
    }

    @Test func aFileOverTheMaximumSizeIsReported() throws {
        var bytes = TestPages.validLetter
        // A big Exif-like comment keeps the JPEG valid while pushing it past 400 KB.
        let padding = [(code: UInt8(0xFE), payload: [UInt8](repeating: 0x41, count: 60_000))]
        bytes = try TestPages.letter(quality: 60, extraMarkers: Array(repeating: padding[0], count: 8))
        #expect(bytes.count > 409_600)
        let report = try Checking.checkAlone("CERTIFICADO.JPG", bytes: bytes)
        let finding = try #require(report.observations.first { $0.checkID == .sizeMaxBytes })
        #expect(finding.expected == "<= 409600 bytes")
        #expect(finding.actual == "\(bytes.count) bytes")
    }

    @Test func aDeclaredLowResolutionShowsTheMeasuredDPI() throws {
        let report = try Checking.checkAlone("TITULO2.JPG", bytes: TestPages.letter(dpi: 150))
        let finding = try #require(report.observations.first { $0.checkID == .resolutionMinDPI })
        #expect(finding.message.contains("150 ppp"))
        #expect(finding.message.contains("JFIF"))
    }

    @Test func dotsPerCentimetreAreConverted() throws {
        let at118 = try TestPages.letter(density: PixelDensity(unit: .perCentimetre, x: 118, y: 118))
        let ok = try Checking.checkAlone("CURP.JPG", bytes: at118)
        #expect(ok.checks(for: "CURP.JPG").isEmpty)
        let at79 = try TestPages.letter(dpi: 200, density: PixelDensity(unit: .perCentimetre, x: 79, y: 79))
        let low = try Checking.checkAlone("CURP.JPG", bytes: at79)
        let finding = try #require(low.observations.first { $0.checkID == .resolutionMinDPI })
        #expect(finding.message.contains("201 ppp"))
    }

    @Test func exifResolutionIsUsedWhenJFIFHasOnlyTheAspectRatio() throws {
        let exif = ExifResolution.makeExifPayload(xDPI: 300, yDPI: 300, unit: 2, bigEndian: true)
        let bytes = try TestPages.letter(dpi: 200, density: PixelDensity(unit: .none, x: 1, y: 1), extraMarkers: [(0xE1, exif)])
        let report = try Checking.checkAlone("CURP.JPG", bytes: bytes)
        #expect(report.checks(for: "CURP.JPG").isEmpty, "Exif says 300 dpi: \(report.observations.map(\.message))")
    }

    @Test func withoutADeclaredDensityTheResolutionIsInferredFromTheLetterPage() throws {
        let unknown = try TestPages.letter(density: PixelDensity(unit: .none, x: 1, y: 1))
        let report = try Checking.checkAlone("CURP.JPG", bytes: unknown)
        let finding = try #require(report.observations.first { $0.checkID == .resolutionInferred })
        #expect(finding.severity == .aviso)
        #expect(finding.message.contains("300 ppp") && finding.message.contains("carta"))

        let phone = try TestPages.letter(dpi: 150, density: PixelDensity(unit: .perInch, x: 72, y: 72))
        let low = try Checking.checkAlone("INTERNADO.JPG", bytes: phone)
        let lowFinding = try #require(low.observations.first { $0.checkID == .resolutionMinDPI })
        #expect(lowFinding.message.contains("150 ppp") && lowFinding.message.contains("inferida"))
    }

    @Test func aTruncatedFileIsReported() throws {
        let bytes = Array(TestPages.validLetter.prefix(TestPages.validLetter.count * 6 / 10))
        let report = try Checking.checkAlone("CURP.JPG", bytes: bytes)
        #expect(report.checks(for: "CURP.JPG").contains(.integrityTruncated))
    }

    @Test func dataAfterTheEndOfImageIsReported() throws {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array("secret.txt".utf8) + [UInt8](repeating: 7, count: 100)
        let report = try Checking.checkAlone("INTERNADO.JPG", bytes: TestPages.validLetter + zip)
        let finding = try #require(report.observations.first { $0.checkID == .integrityTrailingData })
        #expect(finding.message.contains("ZIP"))
        let padded = try Checking.checkAlone("INTERNADO.JPG", bytes: TestPages.validLetter + [0, 0, 0, 0])
        #expect(padded.checks(for: "INTERNADO.JPG").isEmpty, "zero padding hides nothing")
    }

    @Test func aQRWithAnUnexpectedShapeIsOnlyAnAviso() throws {
        let bytes = try TestPages.letter(qr: Array("https://tienda.example.com/oferta".utf8))
        let report = try Checking.checkAlone("CEDULA.JPG", bytes: bytes)
        let finding = try #require(report.observations.first { $0.checkID == .qrPattern })
        #expect(finding.severity == .aviso)
        #expect(finding.actual == "https://tienda.example.com/oferta")
        #expect(report.status == .enProcesoDeValidacion)
    }

    @Test func theENARMConstanciaWithoutQRIsAnObservation() throws {
        let report = try Checking.checkAlone("PUNTAJENARM.JPG", bytes: TestPages.validLetter)
        let finding = try #require(report.observations.first { $0.checkID == .qrMissing && $0.document == "PUNTAJENARM" })
        #expect(finding.severity == .observacion)
        #expect(report.status == .conObservaciones)
    }

    @Test func aQRThatIsThereButUnreadableIsAnObservationEvenOnTheCedula() throws {
        let code = try TestPages.smudgedQR(moduleSize: 8)
        #expect(QRScanner.scan(code).isEmpty, "the smudged code must be undecodable")
        let page = try TestPages.letter(qrImage: code)
        let report = try Checking.checkAlone("CEDULA.JPG", bytes: page)
        #expect(report.checks(for: "CEDULA.JPG") == [.qrUnreadable])
        #expect(report.observations.first { $0.checkID == .qrUnreadable }?.severity == .observacion)
    }

    @Test func aDirectoryNamedLikeADocumentIsNotAFile() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("CURP.JPG"), withIntermediateDirectories: false)
        let report = try Checking.check(folder)
        #expect(report.checks(for: "CURP.JPG") == [.inventoryNotAFile])
    }

    @Test func cmykAndArithmeticCodingAreReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("ACTANACIMIENTO.JPG", TestPages.letter(dpi: 150, density: PixelDensity(unit: .perInch, x: 300, y: 300), cmyk: true))
        try folder.write("SERVICIOSOCIAL.JPG", TestPages.letter(dpi: 150, density: PixelDensity(unit: .perInch, x: 300, y: 300), arithmetic: true))
        let report = try Checking.check(folder)
        #expect(report.checks(for: "ACTANACIMIENTO.JPG").contains(.jpegColorSpace))
        #expect(report.checks(for: "SERVICIOSOCIAL.JPG").contains(.jpegArithmetic))
    }
}
