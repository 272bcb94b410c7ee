import Foundation
import Testing

/// Every sample expediente in SampleDocs/ gives exactly its expected reports.
@Suite struct GoldenReportTests {
    static let samples: [String] = {
        let root = CLIRunner.repository.appendingPathComponent("SampleDocs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }()

    @Test func thereAreSamples() {
        #expect(Self.samples.count >= 10)
        #expect(Self.samples.contains("01-valido"))
    }

    @Test(arguments: samples)
    func textReportMatchesTheGoldenFile(sample: String) throws {
        let expected = try String(contentsOf: CLIRunner.repository.appendingPathComponent("SampleDocs/\(sample).expected.txt"), encoding: .utf8)
        let output = try CLIRunner.run(["check", "SampleDocs/\(sample)"])
        #expect(output.stdout == expected)
        let clear = expected.contains("Estatus: EN_PROCESO_DE_VALIDACION")
        #expect(output.status == (clear ? 0 : 1))
    }

    @Test(arguments: samples)
    func jsonReportMatchesTheGoldenFile(sample: String) throws {
        let expected = try String(contentsOf: CLIRunner.repository.appendingPathComponent("SampleDocs/\(sample).expected.json"), encoding: .utf8)
        let output = try CLIRunner.run(["check", "--format", "json", "SampleDocs/\(sample)"])
        #expect(output.stdout == expected)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "expediente/1")
        #expect(object["path"] as? String == "SampleDocs/\(sample)")
    }

    @Test func theValidSampleIsReadyForValidation() throws {
        let output = try CLIRunner.run(["check", "--format", "json", "SampleDocs/01-valido"])
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "EN_PROCESO_DE_VALIDACION")
    }
}
