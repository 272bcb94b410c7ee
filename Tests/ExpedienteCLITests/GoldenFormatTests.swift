import ExpedienteKit
import Foundation
import Testing

/// Every `--format` of `batch SampleDocs` and of `check` on a few samples gives exactly its
/// golden file in `Golden/` (regenerate them all with `scripts/update-goldens`), each written
/// from the one check of SampleDocs that every golden comparison shares (`SampleDocsPass`).
@Suite struct GoldenFormatTests {
    static let formats = OutputFormat.allCases
    static let checkSamples = ["01-valido", "11-archivos-danados", "12-qr"]
    static let golden = CLIRunner.repository.appendingPathComponent("Tests/ExpedienteCLITests/Golden")

    static func fileExtension(_ format: OutputFormat) -> String {
        switch format {
        case .text: "txt"
        case .junit: "junit.xml"
        case .github: "github.txt"
        default: format.rawValue
        }
    }

    static func golden(_ name: String) throws -> String {
        try String(contentsOf: golden.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: formats)
    func batchOutputMatchesTheGoldenFile(format: OutputFormat) throws {
        let expected = try Self.golden("batch.\(Self.fileExtension(format))")
        #expect(!expected.isEmpty)
        #expect(try SampleDocsPass.shared.get().batchOutput(format) == expected,
                "batch --format \(format) differs from its golden file; see scripts/update-goldens")
    }

    @Test(arguments: formats.filter { $0 != .text && $0 != .json }, checkSamples)
    func checkOutputMatchesTheGoldenFile(format: OutputFormat, sample: String) throws {
        let expected = try Self.golden("check-\(sample).\(Self.fileExtension(format))")
        #expect(try SampleDocsPass.shared.get().checkOutput(format, folder: sample) == expected,
                "check --format \(format) of \(sample) differs from its golden file")
    }

    /// No stale golden file: each one is compared by a test above.
    @Test func everyGoldenFileIsCompared() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.golden.path).sorted()
        var expected = Self.formats.map { "batch.\(Self.fileExtension($0))" }
        for format in Self.formats where format != .text && format != .json {
            expected += Self.checkSamples.map { "check-\($0).\(Self.fileExtension(format))" }
        }
        #expect(names == expected.sorted())
    }
}
