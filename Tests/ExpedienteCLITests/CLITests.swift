import ExpedienteKit
import ExpedienteSamples
import Foundation
import Testing

@Suite struct CLITests {
    @Test func aFolderThatDoesNotExistExitsWithTwo() throws {
        let output = try CLIRunner.run(["check", "/no/existe/esta/carpeta"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("no existe"))
        #expect(output.stdout.isEmpty)
    }

    @Test func badArgumentsExitWithTwo() throws {
        #expect(try CLIRunner.run(["check"]).status == 2)
        #expect(try CLIRunner.run(["check", "--format", "xml", "SampleDocs/01-valido"]).status == 2)
        #expect(try CLIRunner.run(["no-such-command"]).status == 2)
    }

    @Test func anUnknownConvocatoriaOrPerfilExitsWithTwo() throws {
        let conv = try CLIRunner.run(["check", "--convocatoria", "enarm-i-1900", "SampleDocs/01-valido"])
        #expect(conv.status == 2)
        #expect(conv.stderr.contains("enarm-xlviii-2025-2026"))
        let perfil = try CLIRunner.run(["check", "--perfil", "jubilado", "SampleDocs/01-valido"])
        #expect(perfil.status == 2)
        #expect(perfil.stderr.contains("trabajador-imss"))
    }

    @Test func anInvalidRuleFileExitsWithTwoNamingFileAndLine() throws {
        let rules = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: rules) }
        let source = CLIRunner.repository.appendingPathComponent("Rules/enarm-xlviii-2025-2026")
        let copy = rules.appendingPathComponent("enarm-xlviii-2025-2026")
        try FileManager.default.copyItem(at: source, to: copy)
        let curp = copy.appendingPathComponent("CURP.yaml")
        let text = try String(contentsOf: curp, encoding: .utf8)
        try text.replacingOccurrences(of: "aliases:", with: "alias:").write(to: curp, atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["check", "--rules", rules.path, "SampleDocs/01-valido"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("CURP.yaml:"))
        #expect(output.stderr.contains("alias"))
    }

    @Test func qrPrintsTheExactTextAsJSON() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let payload = "Educación — MUÑOZ"
        let code = try QRGenerator.modules(for: Array(payload.utf8)).render(moduleSize: 8)
        let page = GrayImage(width: code.width + 200, height: code.height + 200, fill: 255)
        var pixels = page.pixels
        for y in 0..<code.height { for x in 0..<code.width { pixels[(y + 100) * page.width + x + 100] = code[x, y] } }
        let jpeg = try JPEGCodec.encode(RasterImage(GrayImage(width: page.width, height: page.height, pixels: pixels)), quality: 85, density: nil)
        let file = folder.appendingPathComponent("CEDULA.JPG")
        try Data(jpeg).write(to: file)
        let text = folder.appendingPathComponent("NOTA.JPG")
        try Data("no soy imagen".utf8).write(to: text)

        let output = try CLIRunner.run(["qr", "--format", "json", file.path, text.path])
        #expect(output.status == 2, "one file could not be read")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        let codes = try #require(array[0]["codes"] as? [[String: Any]])
        #expect(codes.first?["text"] as? String == payload)
        let modulePixels = try #require(codes.first?["module_px"] as? Double)
        #expect(abs(modulePixels - 8) < 0.5)
        #expect(array[0]["error"] == nil)
        #expect((array[1]["error"] as? String)?.contains("no es una imagen JPEG") == true)

        let plain = try CLIRunner.run(["qr", file.path])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains(payload))
        #expect(plain.stdout.contains(" px por módulo]"))
    }

    @Test func qrRefusesAFileOverTheReadLimit() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jpeg = try JPEGCodec.encode(RasterImage(GrayImage(width: 64, height: 64, fill: 255)), quality: 80, density: nil)
        let file = folder.appendingPathComponent("GRANDE.JPG")
        try Data(jpeg + [UInt8](repeating: 0, count: 1_500_000)).write(to: file)
        let output = try CLIRunner.run(["qr", "--max-read-mib", "1", file.path])
        #expect(output.status == 2)
        #expect(output.stdout.contains("límite de lectura"))
    }

    @Test func rulesListsConvocatoriasAndDescribesOne() throws {
        let list = try CLIRunner.run(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("enarm-xlviii-2025-2026"))
        let one = try CLIRunner.run(["rules", "enarm-xlviii-2025-2026"])
        #expect(one.status == 0)
        for id in CheckCatalog.all.map(\.id) { #expect(one.stdout.contains(id.rawValue)) }
        #expect(one.stdout.contains("PUNTAJENARM"))
        #expect(one.stdout.contains("2.2.2"))
    }

    @Test func colourIsOnlyUsedWhenAskedOrOnATerminal() throws {
        let plain = try CLIRunner.run(["check", "SampleDocs/02-falta-solicitud"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try CLIRunner.run(["check", "--color", "always", "SampleDocs/02-falta-solicitud"])
        #expect(coloured.stdout.contains("\u{1B}["))
    }

    @Test func batchChecksEveryApplicantFolderAsJSONLines() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for (sample, folio) in [("01-valido", "FOLIO0001"), ("02-falta-solicitud", "FOLIO0002")] {
            try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("SampleDocs/\(sample)"), to: root.appendingPathComponent(folio))
        }
        try Data("no es carpeta".utf8).write(to: root.appendingPathComponent("LEEME.txt"))
        let output = try CLIRunner.run(["batch", "--format", "jsonl", root.path])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let statuses = try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return object["status"] as? String
        }
        #expect(statuses == ["EN_PROCESO_DE_VALIDACION", "PENDIENTE_DE_VALIDAR"])
        #expect(output.stderr.contains("2 carpeta(s) revisada(s)"))
        #expect(try CLIRunner.run(["batch", root.appendingPathComponent("no-existe").path]).status == 2)
    }

    @Test func checkNeverWritesIntoTheFolder() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido").path).sorted()
        _ = try CLIRunner.run(["check", "--format", "json", "SampleDocs/01-valido"])
        let after = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido").path).sorted()
        #expect(before == after)
    }
}
