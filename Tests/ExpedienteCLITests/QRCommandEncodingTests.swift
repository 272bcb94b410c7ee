import ExpedienteKit
import ExpedienteSamples
import Foundation
import Testing

/// `expediente qr --format json` names the character set of each text and how it was decided.
@Suite struct QRCommandEncodingTests {
    static func jpeg(_ segments: [QRInputSegment], in folder: URL, name: String) throws -> URL {
        let code = try QRGenerator.modules(segments: segments).render(moduleSize: 8)
        var page = GrayImage(width: code.width + 200, height: code.height + 200, fill: 255)
        for y in 0..<code.height { for x in 0..<code.width { page.pixels[(y + 100) * page.width + x + 100] = code[x, y] } }
        let file = folder.appendingPathComponent(name)
        try Data(JPEGCodec.encode(RasterImage(page), quality: 85, density: nil)).write(to: file)
        return file
    }

    @Test func jsonNamesTheEncodingAndItsSource() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shiftJIS = try Self.jpeg([.byte([0x83, 0x82, 0x83, 0x6F, 0x83, 0x43, 0x83, 0x8B])], in: folder, name: "SJIS.JPG")
        let latin1 = try Self.jpeg([.eci(3), .byte([0xD1, 0xDA, 0xD1, 0x4F, 0x41])], in: folder, name: "ECI3.JPG")
        let output = try CLIRunner.run(["qr", "--format", "json", shiftJIS.path, latin1.path])
        #expect(output.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        let codes = array.compactMap { ($0["codes"] as? [[String: Any]])?.first }
        #expect(codes.count == 2)
        #expect(codes.first?["text"] as? String == "モバイル")
        #expect(codes.first?["encoding"] as? String == "Shift_JIS")
        #expect(codes.first?["encoding_source"] as? String == "guess")
        #expect(codes.last?["text"] as? String == "ÑÚÑOA")
        #expect(codes.last?["encoding"] as? String == "ISO-8859-1")
        #expect(codes.last?["encoding_source"] as? String == "eci")
    }
}
