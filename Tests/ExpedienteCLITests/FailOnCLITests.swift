import Foundation
import Testing

/// `--fail-on` as a CI step runs it: the built binary's exit code.
@Suite struct FailOnCLITests {
    let tree: BatchCLITests

    init() throws { tree = try BatchCLITests() }

    /// `check`: observación by default (the contract's 1); `01-valido` has one aviso and nothing else.
    @Test func checkFailsFromTheChosenSeverity() throws {
        defer { tree.cleanUp() }
        let valid = CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido").path
        let pending = CLIRunner.repository.appendingPathComponent("SampleDocs/02-falta-solicitud").path
        #expect(try CLIRunner.run(["check", valid]).status == 0)
        #expect(try CLIRunner.run(["check", valid, "--fail-on", "aviso"]).status == 1)
        #expect(try CLIRunner.run(["check", pending]).status == 1)
        #expect(try CLIRunner.run(["check", pending, "--fail-on", "anulacion"]).status == 0)
        #expect(try CLIRunner.run(["check", pending, "--fail-on", "nunca"]).status == 0)
        let bad = try CLIRunner.run(["check", valid, "--fail-on", "observación"])
        #expect(bad.status == 2)
    }

    /// `batch`: 0 by default whatever the folders hold (the contract); with a threshold, 1 when a
    /// folder reaches it (two-ID-page folders are annulled: no título, no cédula), said on standard error.
    @Test func batchFailsOnlyWhenAsked() throws {
        defer { tree.cleanUp() }
        _ = try tree.makeLightTree(2)
        let plain = try CLIRunner.run(["batch", tree.root.path])
        #expect(plain.status == 0)
        let asked = try CLIRunner.run(["batch", "--fail-on", "observacion", tree.root.path])
        #expect(asked.status == 1)
        #expect(asked.stderr.contains("--fail-on observacion: 2 carpeta(s) llegan a ese umbral"))
        #expect(try CLIRunner.run(["batch", "--fail-on", "anulacion", tree.root.path]).status == 1)
    }
}
