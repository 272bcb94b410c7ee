@testable import ExpedienteKit
import Foundation
import Testing

/// The hostile corpus through `fix`: every file is written whole or not at all, with a reason,
/// the rest of the folder is fixed, and nothing crashes or hangs.
@Suite(.timeLimit(.minutes(5))) struct FixHostileTests {
    static func hostileFolder() throws -> TemporaryFolder {
        let page = TestPages.validLetter
        // The progressive-scan bomb of the limits tests: 10000 × 10000 declared, 1000 scans.
        var bomb = try JPEGCodec.encode(RasterImage(GrayImage(width: 64, height: 64, fill: 200)), quality: 80,
                                        density: PixelDensity(unit: .perInch, x: 300, y: 300), progressive: true)
        let sof = try #require(HostileBytes.frame(in: bomb))
        bomb.replaceSubrange((sof.offset + 5)...(sof.offset + 8), with: [0x27, 0x10, 0x27, 0x10])
        let folder = try TemporaryFolder()
        let files: [(String, [UInt8])] = [
            ("IDENTIFICACION1", []),
            ("IDENTIFICACION2", Array(page.prefix(page.count / 3))),
            ("ACTANACIMIENTO", try HostileBytes.corruptEntropy(page)),
            ("CURP", try HostileBytes.claimingSize(width: 60_000, height: 60_000)),
            ("TITULO1", try HostileBytes.progressive(scans: 1_000, page: bomb)),
            ("TITULO2", try HostileBytes.ycck()),
            ("CEDULA", HostileBytes.hostileExif(size: 60_000)),
            ("CERTIFICADO", HostileBytes.webp()),
            ("INTERNADO", HostileBytes.tiff()),
            ("SERVICIOSOCIAL", HostileBytes.elf()),
            ("PUNTAJENARM", HostileBytes.script),
            ("SOLICITUD", page + [UInt8](repeating: 0x41, count: 5_000)),
        ]
        for (kind, bytes) in files { try folder.write("\(kind).JPG", bytes) }
        return folder
    }

    @Test func everyHostileFileIsWrittenWholeOrRefusedWithAReason() throws {
        let source = try Self.hostileFolder()
        let before = try FolderFixerTests.snapshot(source.url)
        let output = try TemporaryFolder()
        let result = try FolderFixerTests.fixer().fix(source: source.url.path, output: output.url.path)

        #expect(FolderFixerTests.same(before, try FolderFixerTests.snapshot(source.url)))
        #expect(result.documents.count == 12)
        let written = try FileManager.default.contentsOfDirectory(atPath: output.url.path)
        #expect(!written.contains { $0.hasPrefix(".") }, "no temporary file is left behind")
        for document in result.documents {
            if document.action == .refused {
                #expect(document.outputs.isEmpty && document.reason?.isEmpty == false, "\(document.source)")
            } else {
                #expect(document.outputs.allSatisfy(written.contains), "\(document.source)")
            }
        }
        for name in written {
            #expect(try Data(contentsOf: output.url.appendingPathComponent(name)).count > 0, "\(name)")
        }
        // What was written is checked like any folder, and fixing it again changes nothing.
        let again = try TemporaryFolder()
        let second = try FolderFixerTests.fixer().fix(source: output.url.path, output: again.url.path)
        #expect(second.documents.allSatisfy { $0.action == .copied })
    }
}
