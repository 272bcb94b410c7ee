import ExpedienteKit
import Foundation
import Testing

/// Every sample expediente in SampleDocs/ gives exactly its expected reports (the text and JSON
/// of `check`), from the one check of SampleDocs that every golden comparison shares.
@Suite struct GoldenReportTests {
    static let samples: [String] = {
        let root = CLIRunner.repository.appendingPathComponent("SampleDocs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }()

    @Test func thereAreSamples() throws {
        #expect(Self.samples.count >= 10)
        #expect(Self.samples.contains("01-valido"))
        let pass = try SampleDocsPass.shared.get()
        #expect(pass.reports.map(\.path) == Self.samples.map { "SampleDocs/\($0)" })
        #expect(try pass.report("01-valido").status == .enProcesoDeValidacion)
    }

    @Test(arguments: samples)
    func textReportMatchesTheGoldenFile(sample: String) throws {
        let expected = try String(contentsOf: CLIRunner.repository.appendingPathComponent("SampleDocs/\(sample).expected.txt"), encoding: .utf8)
        let pass = try SampleDocsPass.shared.get()
        #expect(try pass.checkOutput(.text, folder: sample) == expected, "see scripts/update-goldens")
        // The exit code of `check` follows the status the golden file shows.
        let clear = expected.contains("Estatus: EN_PROCESO_DE_VALIDACION")
        #expect(try pass.report(sample).status.isClear == clear)
    }

    @Test(arguments: samples)
    func jsonReportMatchesTheGoldenFile(sample: String) throws {
        let expected = try String(contentsOf: CLIRunner.repository.appendingPathComponent("SampleDocs/\(sample).expected.json"), encoding: .utf8)
        let output = try SampleDocsPass.shared.get().checkOutput(.json, folder: sample)
        #expect(output == expected, "see scripts/update-goldens")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "expediente/1")
        #expect(object["path"] as? String == "SampleDocs/\(sample)")
    }
}
