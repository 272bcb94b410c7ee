import Foundation
import Testing

/// Every `--format` of `batch SampleDocs` and of `check` on a few samples gives exactly its
/// golden file in `Golden/` (regenerate them all with `scripts/update-goldens`). One result
/// store serves all runs: the first batch checks every file, the others read the stored
/// observations and facts, so the goldens also prove that a document served from the store
/// reports the same facts as a freshly checked one.
@Suite(.serialized) struct GoldenFormatTests {
    static let formats = ["text", "json", "jsonl", "csv", "junit", "sarif", "github", "html"]
    static let checkSamples = ["01-valido", "11-archivos-danados", "12-qr"]
    static let golden = CLIRunner.repository.appendingPathComponent("Tests/ExpedienteCLITests/Golden")

    static func fileExtension(_ format: String) -> String {
        switch format {
        case "text": "txt"
        case "junit": "junit.xml"
        case "github": "github.txt"
        default: format
        }
    }

    /// The store every run of this suite shares, filled by a first batch over SampleDocs (its
    /// JSON Lines output, written with --output, must equal the golden too).
    static let store: Result<URL, GoldenSetupError> = {
        let folder = workFolder
        let jsonl = folder.appendingPathComponent("first.jsonl")
        // The suite's runs share the store, so it goes when the test process ends.
        atexit { try? FileManager.default.removeItem(at: GoldenFormatTests.workFolder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let store = folder.appendingPathComponent("results.sqlite")
            let run = try CLIRunner.run(["batch", "SampleDocs", "--format", "jsonl", "--output", jsonl.path, "--no-progress",
                                         "--store", store.path])
            guard run.status == 0 else { return .failure(GoldenSetupError(detail: run.stderr)) }
            let expected = try String(contentsOf: golden.appendingPathComponent("batch.jsonl"), encoding: .utf8)
            let text = try String(contentsOf: golden.appendingPathComponent("batch.txt"), encoding: .utf8)
            let written = try String(contentsOf: jsonl, encoding: .utf8)
            // --output: the file gets the format, the terminal the text lines.
            guard written == expected, run.stdout == text else {
                return .failure(GoldenSetupError(detail: "the first batch differs from batch.jsonl / batch.txt"))
            }
            return .success(store)
        } catch {
            return .failure(GoldenSetupError(detail: "\(error)"))
        }
    }()

    struct GoldenSetupError: Error { let detail: String }

    static let workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("expediente-golden-\(UUID().uuidString)")

    func golden(_ name: String) throws -> String {
        try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: formats)
    func batchOutputMatchesTheGoldenFile(format: String) throws {
        let store = try Self.store.get()
        let output = try CLIRunner.run(["batch", "SampleDocs", "--format", format, "--no-progress", "--store", store.path])
        #expect(output.status == 0)
        let expected = try golden("batch.\(Self.fileExtension(format))")
        #expect(output.stdout == expected, "batch --format \(format) differs from its golden file; see scripts/update-goldens")
        #expect(!expected.isEmpty)
    }

    @Test(arguments: formats.filter { $0 != "text" && $0 != "json" }, checkSamples)
    func checkOutputMatchesTheGoldenFile(format: String, sample: String) throws {
        let store = try Self.store.get()
        let output = try CLIRunner.run(["check", "SampleDocs/\(sample)", "--format", format, "--store", store.path])
        let expected = try golden("check-\(sample).\(Self.fileExtension(format))")
        #expect(output.stdout == expected, "check --format \(format) of \(sample) differs from its golden file")
        #expect(output.status == (sample == "01-valido" ? 0 : 1))
    }

    /// No stale golden file: each one is compared by a test above.
    @Test func everyGoldenFileIsCompared() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.golden.path).sorted()
        var expected = Self.formats.map { "batch.\(Self.fileExtension($0))" }
        for format in Self.formats where format != "text" && format != "json" {
            expected += Self.checkSamples.map { "check-\($0).\(Self.fileExtension(format))" }
        }
        #expect(names == expected.sorted())
    }

    /// `check --output`: the file gets the format, the terminal the text report, and the file
    /// may not be inside the folder checked.
    @Test func checkWritesTheFormatToTheFileAndTextToTheTerminal() throws {
        let store = try Self.store.get()
        let out = store.deletingLastPathComponent().appendingPathComponent("check.sarif")
        let output = try CLIRunner.run(["check", "SampleDocs/12-qr", "--format", "sarif", "--output", out.path, "--store", store.path])
        #expect(output.status == 1)
        #expect(output.stdout == (try String(contentsOf: CLIRunner.repository.appendingPathComponent("SampleDocs/12-qr.expected.txt"), encoding: .utf8)))
        #expect(try String(contentsOf: out, encoding: .utf8) == (try golden("check-12-qr.sarif")))

        let inside = try CLIRunner.run(["check", "SampleDocs/12-qr", "--format", "html", "--output", "SampleDocs/12-qr/informe.html"])
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("nunca escribe"))
        #expect(!FileManager.default.fileExists(atPath: CLIRunner.repository.appendingPathComponent("SampleDocs/12-qr/informe.html").path))
    }
}
