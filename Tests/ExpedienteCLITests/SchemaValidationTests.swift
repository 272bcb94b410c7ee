import Foundation
import Testing

/// The JUnit and SARIF reports are valid against their schemas, and the validators really
/// reject a broken document (so a pass means something).
@Suite struct SchemaValidationTests {
    let work: URL

    init() throws {
        work = try CLIRunner.temporaryFolder()
    }

    func write(_ text: String, _ name: String) throws -> URL {
        let url = work.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func golden(_ name: String) throws -> String {
        try String(contentsOf: CLIRunner.repository.appendingPathComponent("Tests/ExpedienteCLITests/Golden/\(name)"), encoding: .utf8)
    }

    @Test func junitGoldenFilesAreValid() throws {
        defer { try? FileManager.default.removeItem(at: work) }
        for name in ["batch.junit.xml", "check-01-valido.junit.xml", "check-11-archivos-danados.junit.xml"] {
            let verdict = try SchemaValidator.junit(try write(try golden(name), name))
            #expect(verdict.valid, "\(name): \(verdict.output)")
        }
    }

    @Test func sarifGoldenFilesAreValid() throws {
        defer { try? FileManager.default.removeItem(at: work) }
        for name in ["batch.sarif", "check-01-valido.sarif", "check-12-qr.sarif"] {
            let verdict = try SchemaValidator.sarif(try write(try golden(name), name))
            #expect(verdict.valid, "\(name): \(verdict.output)")
        }
    }

    @Test func theValidatorsRejectABrokenReport() throws {
        defer { try? FileManager.default.removeItem(at: work) }
        let junit = try golden("check-11-archivos-danados.junit.xml").replacingOccurrences(of: "<testsuite name=", with: "<testsuite nombre=")
        #expect(!(try SchemaValidator.junit(try write(junit, "broken.xml"))).valid)
        let sarif = try golden("check-11-archivos-danados.sarif").replacingOccurrences(of: "\"level\":\"error\"", with: "\"level\":\"grave\"")
        let verdict = try SchemaValidator.sarif(try write(sarif, "broken.sarif"))
        #expect(!verdict.valid)
        #expect(verdict.output.contains("grave"))
    }

    /// A folder and a file whose names are markup: every format stays well formed and valid.
    @Test func hostileNamesStayValid() throws {
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = try HostileFolder.make(in: work)
        let junit = try CLIRunner.run(["check", folder.path, "--format", "junit"])
        #expect(junit.status == 1)
        let junitVerdict = try SchemaValidator.junit(try write(junit.stdout, "hostile.xml"))
        #expect(junitVerdict.valid, "\(junitVerdict.output)")
        #expect(junit.stdout.contains("&lt;script&gt;"))
        let sarif = try CLIRunner.run(["check", folder.path, "--format", "sarif"])
        let sarifVerdict = try SchemaValidator.sarif(try write(sarif.stdout, "hostile.sarif"))
        #expect(sarifVerdict.valid, "\(sarifVerdict.output)")
        #expect(sarif.stdout.contains("%3Cscript%3E"))
    }
}
