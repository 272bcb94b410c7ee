@testable import ExpedienteKit
import Foundation
import Testing

/// `fix` at the folder level: names, what is left out, SALIDA's rules, and CARPETA untouched.
struct FolderFixerTests {
    static func fixer() throws -> FolderFixer {
        FolderFixer(checker: try ExpedienteChecker(convocatoria: Checking.convocatoria))
    }

    /// Every entry of `folder` with its modification time and, for a regular file, its bytes.
    static func snapshot(_ folder: URL) throws -> [String: (Data, Date)] {
        var files: [String: (Data, Date)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            // Foundation leaks its read buffer for an empty file (LeakSanitizer): such a file is read as nothing.
            let readable = attributes[.type] as? FileAttributeType == .typeRegular && (attributes[.size] as? Int ?? 0) > 0
            files[name] = ((readable ? try? Data(contentsOf: url) : nil) ?? Data(), attributes[.modificationDate] as? Date ?? .distantPast)
        }
        return files
    }

    static func same(_ a: [String: (Data, Date)], _ b: [String: (Data, Date)]) -> Bool {
        a.count == b.count && a.allSatisfy { name, value in b[name].map { $0.0 == value.0 && $0.1 == value.1 } ?? false }
    }

    @Test func namesBecomeExactPassportsBothSidesAndTheRestIsListed() throws {
        let source = try TemporaryFolder()
        try TestPages.writeValidFolder(source, except: ["CURP", "IDENTIFICACION1", "IDENTIFICACION2", "TITULO2"])
        try source.write("curp.jpg", TestPages.validFolderPages[3])
        try source.write("PASAPORTE.JPG", TestPages.validFolderPages[0])
        try source.write("Titulo 2.jpeg", TestPages.validFolderPages[5])
        try source.write("notas.txt", text: "hola")
        try source.write("REGISTRO.yaml", text: "curp: PEGL890909MJCRMS08\nidentificacion: pasaporte\n")
        try FileManager.default.createDirectory(at: source.url.appendingPathComponent("escaneos"), withIntermediateDirectories: false)
        #expect(mkfifo(source.url.appendingPathComponent("TARJETONPAGO.JPG").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: source.url.appendingPathComponent("BT09.JPG").path, withDestinationPath: "/etc/passwd")
        let before = try Self.snapshot(source.url)

        let output = try TemporaryFolder()
        let result = try Self.fixer().fix(source: source.url.path, output: output.url.path)

        #expect(Self.same(before, try Self.snapshot(source.url)), "CARPETA is never written")
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: output.url.path))
        #expect(written == Set(TestPages.requiredKinds.map { "\($0).JPG" } + ["REGISTRO.yaml"]))
        #expect(result.documents.first { $0.source == "curp.jpg" }?.action == .renamed)
        #expect(result.documents.first { $0.source == "PASAPORTE.JPG" }?.outputs == ["IDENTIFICACION1.JPG", "IDENTIFICACION2.JPG"])
        #expect(result.documents.first { $0.source == "ACTANACIMIENTO.JPG" }?.action == .copied)
        #expect(result.skipped.map(\.file) == ["BT09.JPG", "TARJETONPAGO.JPG", "escaneos", "notas.txt"], "a link or a FIFO is never followed")
        #expect(try Data(contentsOf: output.url.appendingPathComponent("CURP.JPG")) == Data(TestPages.validFolderPages[3]), "byte for byte")
        #expect(!result.report.observations.contains { $0.checkID?.rawValue.hasPrefix("name.") == true || $0.checkID == .inventoryMissing })
    }

    @Test func aSecondFixOfTheOutputIsByteIdentical() throws {
        let source = try TemporaryFolder()
        try TestPages.writeValidFolder(source, except: ["CURP"])
        try source.write("Curp.JPG", TestPages.validFolderPages[3])
        let first = try TemporaryFolder()
        _ = try Self.fixer().fix(source: source.url.path, output: first.url.path)
        let second = try TemporaryFolder()
        let again = try Self.fixer().fix(source: first.url.path, output: second.url.path)
        #expect(again.documents.allSatisfy { $0.action == .copied })
        let a = try Self.snapshot(first.url), b = try Self.snapshot(second.url)
        #expect(a.keys.sorted() == b.keys.sorted() && a.allSatisfy { b[$0.key]?.0 == $0.value.0 })
    }

    @Test func theOtherFileOfADocumentIsLeftOutAndTheExactOneKept() throws {
        let source = try TemporaryFolder()
        try source.write("CURP.JPEG", TestPages.validFolderPages[0])
        try source.write("CURP.JPG", TestPages.validFolderPages[3])
        let output = try TemporaryFolder()
        let result = try Self.fixer().fix(source: source.url.path, output: output.url.path)
        #expect(result.documents.map(\.source) == ["CURP.JPG"])
        #expect(result.skipped == [.init(file: "CURP.JPEG", reason: "es otro archivo de CURP; se usó CURP.JPG")])
    }

    @Test func anOutputThatOverlapsTheFolderOrHoldsFilesIsRefusedBeforeAnythingIsWritten() throws {
        let source = try TemporaryFolder()
        try TestPages.writeValidFolder(source)
        let before = try Self.snapshot(source.url)
        let inside = source.url.appendingPathComponent("corregida").path
        #expect(throws: FixError.outputOverlapsSource(output: inside, source: source.url.path)) {
            try Self.fixer().fix(source: source.url.path, output: inside)
        }
        #expect(throws: FixError.outputOverlapsSource(output: source.url.path, source: source.url.path)) {
            try Self.fixer().fix(source: source.url.path, output: source.url.path)
        }
        let parent = source.url.deletingLastPathComponent().path
        #expect(throws: FixError.outputOverlapsSource(output: parent, source: source.url.path)) {
            try Self.fixer().fix(source: source.url.path, output: parent)
        }
        let busy = try TemporaryFolder()
        try busy.write("algo.txt", text: "x")
        #expect(throws: FixError.outputNotEmpty(busy.url.path)) {
            try Self.fixer().fix(source: source.url.path, output: busy.url.path)
        }
        #expect(Self.same(before, try Self.snapshot(source.url)))
        #expect(!FileManager.default.fileExists(atPath: inside))
    }

    @Test func aFileThatIsNotAnImageIsNotWrittenAndSaysWhatToDo() throws {
        let source = try TemporaryFolder()
        try source.write("CURP.pdf", Array("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".utf8))
        let output = try TemporaryFolder()
        let result = try Self.fixer().fix(source: source.url.path, output: output.url.path)
        let document = try #require(result.documents.first)
        #expect(document.action == .refused && document.outputs.isEmpty)
        #expect(document.reason?.contains("PDF") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.url.path).isEmpty)
    }
}
