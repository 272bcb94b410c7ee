import ExpedienteKit
import Foundation
import Testing

/// The built binary, end to end, on a few sample folders: it writes what the golden files say,
/// in process and in the binary alike, fresh and from the result store. The golden suites
/// compare every format on every sample in process; this suite proves the binary agrees, and
/// it is what the sanitizers run of the whole pipeline (threads of a batch, the store, the C
/// libraries), so it stays small.
@Suite(.serialized) struct EndToEndTests {
    /// A valid folder, damaged files, QR codes, and a folder whose REGISTRO.yaml chooses the CER call.
    static let folders = ["01-valido", "11-archivos-danados", "12-qr", "25-cer-valido"]

    /// A work folder holding `SampleDocs/` with copies of `folders`, so that `batch SampleDocs`
    /// run there writes the same display paths as in the repository.
    static func makeTree() throws -> URL {
        let work = try CLIRunner.temporaryFolder()
        let tree = work.appendingPathComponent("SampleDocs")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        for folder in folders {
            try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("SampleDocs/\(folder)"),
                                             to: tree.appendingPathComponent(folder))
        }
        return work
    }

    /// The lines of a golden batch file that belong to `folders`, in order.
    static func goldenLines(_ name: String, matching key: (String) -> String) throws -> String {
        let text = try GoldenFormatTests.golden(name)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init).filter { line in
            folders.contains { key(line) == "SampleDocs/\($0)" }
        }.map { $0 + "\n" }.joined()
    }

    @Test func batchWritesTheGoldenLinesFreshAndFromTheStore() throws {
        let work = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: work) }
        let store = work.appendingPathComponent("resultados.sqlite").path
        let jsonl = work.appendingPathComponent("resultados.jsonl")

        let fresh = try CLIRunner.run(["batch", "SampleDocs", "--format", "jsonl", "--output", jsonl.path, "--store", store, "--no-progress"], in: work)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        // --output: the file gets the format, the terminal a text line per folder.
        #expect(try String(contentsOf: jsonl, encoding: .utf8) == (try Self.goldenLines("batch.jsonl") { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["path"] as? String ?? ""
        }))
        #expect(fresh.stdout == (try Self.goldenLines("batch.txt") { String($0.prefix { $0 != ":" }) }))
        #expect(fresh.stderr.contains("Resumen: 4 carpeta(s) revisada(s)."))

        // From the store: nothing is checked again, and the HTML report (which shows every
        // measured fact and a thumbnail) is what a fresh check of the same folders writes.
        let html = work.appendingPathComponent("informe.html")
        let stored = try CLIRunner.run(["batch", "SampleDocs", "--format", "html", "--output", html.path, "--store", store, "--no-progress"], in: work)
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stderr.contains(" 0 revisado(s)"))
        let inProcess = try SampleDocsPass(root: "SampleDocs", in: work, jobs: 2)
        #expect(inProcess.reports.map(\.path) == Self.folders.map { "SampleDocs/\($0)" })
        #expect(try String(contentsOf: html, encoding: .utf8) == inProcess.batchOutput(.html))
    }

    /// `check --output`: the file gets the format, the terminal the text report, and the file
    /// may not be inside the folder checked.
    @Test func checkWritesTheFormatToTheFileAndTextToTheTerminal() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("check.sarif")
        let output = try CLIRunner.run(["check", "SampleDocs/12-qr", "--format", "sarif", "--output", out.path])
        #expect(output.status == 1)
        #expect(output.stdout == (try String(contentsOf: CLIRunner.repository.appendingPathComponent("SampleDocs/12-qr.expected.txt"), encoding: .utf8)))
        #expect(try String(contentsOf: out, encoding: .utf8) == (try GoldenFormatTests.golden("check-12-qr.sarif")))

        let inside = try CLIRunner.run(["check", "SampleDocs/12-qr", "--format", "html", "--output", "SampleDocs/12-qr/informe.html"])
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("nunca escribe"))
        #expect(!FileManager.default.fileExists(atPath: CLIRunner.repository.appendingPathComponent("SampleDocs/12-qr/informe.html").path))
    }

    @Test func theValidSampleIsReadyForValidationAndExitsWithZero() throws {
        let output = try CLIRunner.run(["check", "--format", "json", "SampleDocs/01-valido"])
        #expect(output.status == 0)
        #expect(output.stdout == (try String(contentsOf: CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido.expected.json"), encoding: .utf8)))
    }
}
