import Foundation
import Testing

/// `expediente fix` as an applicant runs it: SALIDA passes `check`, CARPETA is untouched, and
/// the exit codes are those of `check`, for SALIDA.
struct FixCLITests {
    /// Every file under `folder` with its bytes and modification time.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey])
        while let url = enumerator?.nextObject() as? URL {
            let date = try url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate
            files[url.path] = ((try? Data(contentsOf: url)) ?? Data()) + Data("\(date?.timeIntervalSince1970 ?? 0)".utf8)
        }
        return files
    }

    static func copyOfSample(_ name: String, in work: URL) throws -> URL {
        let folder = work.appendingPathComponent(name)
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("SampleDocs/\(name)"), to: folder)
        return folder
    }

    @Test func aFolderWithNearMissNamesComesOutPassingAndTheOriginalIsUntouched() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let source = try Self.copyOfSample("04-nombres-casi-correctos", in: work)
        #expect(try CLIRunner.run(["check", source.path]).status == 1)
        let before = try Self.tree(source)
        let output = work.appendingPathComponent("corregida")

        let fixed = try CLIRunner.run(["fix", source.path, "--output", output.path])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stdout.contains("curp.jpg → CURP.JPG: copiado sin cambios, con su nombre exacto"))
        #expect(fixed.stdout.contains("Estatus: EN_PROCESO_DE_VALIDACION"))
        #expect(try Self.tree(source) == before)
        #expect(try CLIRunner.run(["check", output.path]).status == 0)
    }

    @Test func theJSONHoldsEachDocumentAndTheReportOfTheOutput() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let source = try Self.copyOfSample("06-archivos-desconocidos", in: work)
        let output = work.appendingPathComponent("corregida")
        let fixed = try CLIRunner.run(["fix", source.path, "--output", output.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(fixed.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "expediente-fix/1")
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(!documents.isEmpty && documents.allSatisfy { ($0["outputs"] as? [String])?.isEmpty == false })
        let skipped = try #require(object["skipped"] as? [[String: Any]])
        #expect(!skipped.isEmpty, "the unknown files are listed, not copied")
        let report = try #require(object["report"] as? [String: Any])
        #expect(report["schema"] as? String == "expediente/1" && report["path"] as? String == output.path)
        #expect(fixed.status == ((report["status"] as? String) == "EN_PROCESO_DE_VALIDACION" ? 0 : 1))
    }

    @Test func anOutputInsideTheFolderOrNotEmptyIsExitTwoAndNothingIsWritten() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let source = try Self.copyOfSample("01-valido", in: work)
        let before = try Self.tree(source)
        let inside = try CLIRunner.run(["fix", source.path, "--output", source.appendingPathComponent("salida").path])
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("nunca escribe en la carpeta que corrige"))
        let busy = work.appendingPathComponent("ocupada")
        try FileManager.default.createDirectory(at: busy, withIntermediateDirectories: false)
        try Data("x".utf8).write(to: busy.appendingPathComponent("algo.txt"))
        let notEmpty = try CLIRunner.run(["fix", source.path, "--output", busy.path])
        #expect(notEmpty.status == 2 && notEmpty.stderr.contains("ya tiene archivos"))
        #expect(try Self.tree(source) == before)
    }
}
