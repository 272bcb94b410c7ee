@testable import ExpedienteKit
import ExpedienteSamples
import Foundation
import Testing

/// Files of other kinds named `CURP.JPG`: libmagic names what they really are.
@Suite(.timeLimit(.minutes(5))) struct HostileWrongContentTests {
    @Test(arguments: [
        ("PNG", ForeignFormats.png(GrayImage(width: 8, height: 8, fill: 128)), "image/png", "una imagen PNG"),
        ("GIF", ForeignFormats.gif(), "image/gif", "una imagen GIF"),
        ("WebP", HostileBytes.webp(), "image/webp", "una imagen WebP"),
        ("HEIC", ForeignFormats.heic(), "image/heic", "una imagen HEIC/HEIF"),
        ("PDF", ForeignFormats.pdf(text: "CURP"), "application/pdf", "un documento PDF"),
        ("TIFF", HostileBytes.tiff(), "image/tiff", "una imagen TIFF"),
        ("texto", Array("CURP: XXXX000000HDFXXX00\n".utf8), "text/plain", "un archivo de texto"),
        ("script", HostileBytes.script, "text/x-shellscript", "un archivo de texto"),
        ("ELF", HostileBytes.elf(), "application/x-executable", "un programa ejecutable"),
        ("ZIP", ForeignFormats.zip(fileName: "CURP.JPG", contents: TestPages.validLetter), "application/zip", "un archivo comprimido"),
    ] as [(String, [UInt8], String, String)])
    func anotherFormatNamedJPGIsNotJPEG(name: String, bytes: [UInt8], mime: String, spanish: String) throws {
        let report = try Checking.checkAlone("CURP.JPG", bytes: bytes).folderReport
        HostileReport.expect(report, checks: [.typeNotJPEG])
        let finding = try #require(report.observations.first { $0.file == "CURP.JPG" })
        #expect(finding.actual == mime)
        #expect(finding.message == "«CURP.JPG» no es una imagen JPEG: es \(spanish)\(spanish.hasSuffix("HEIF") ? " (formato de iPhone)" : "") (\(mime)).")
    }

    @Test func aDirectoryNamedLikeADocumentIsNotAFile() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("CURP.JPG"), withIntermediateDirectories: false)
        // Something inside it must not be looked at.
        try Data(TestPages.validLetter.prefix(100)).write(to: folder.url.appendingPathComponent("CURP.JPG/CURP.JPG"))
        let report = try Checking.check(folder)
        HostileReport.expect(report, checks: [.inventoryNotAFile])
        #expect(HostileReport.message(report, .inventoryNotAFile).contains("carpeta"))
    }
}
