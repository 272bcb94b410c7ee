import Foundation
import Testing

/// `expediente-samples --synthetic`: argument checks and the output-folder guard (no rendering).
@Suite struct SamplesSyntheticCLITests {
    @Test func syntheticNeedsAnOutputAndSeedNeedsSynthetic() throws {
        let noOutput = try CLIRunner.runSamples(["--synthetic", "2"])
        #expect(noOutput.status == 2 && noOutput.stderr.contains("--output"))
        let seedAlone = try CLIRunner.runSamples(["--seed", "3", "--output", "/tmp/no-se-usa"])
        #expect(seedAlone.status == 2 && seedAlone.stderr.contains("--synthetic"))
        #expect(try CLIRunner.runSamples(["--synthetic", "0", "--output", "/tmp/no-se-usa"]).status == 2)
    }

    @Test func refusesAFolderItDidNotMake() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mío\n".utf8).write(to: folder.appendingPathComponent("NOTAS.TXT"))
        let output = try CLIRunner.runSamples(["--synthetic", "1", "--output", folder.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains(".expediente-synthetic"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["NOTAS.TXT"])
    }

    @Test func aTreeOfTheSameCountAndSeedIsKept() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let marker = "expediente-synthetic 1\nfolders 4\nseed 9\ncomplete yes\n"
        try Data(marker.utf8).write(to: folder.appendingPathComponent(".expediente-synthetic"))
        let output = try CLIRunner.runSamples(["--synthetic", "4", "--seed", "9", "--output", folder.path])
        #expect(output.status == 0)
        #expect(output.stderr.contains("ya tiene las 4 carpetas sintéticas de la semilla 9"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [".expediente-synthetic"])
    }
}
