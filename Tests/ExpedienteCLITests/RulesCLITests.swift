import ExpedienteKit
import Foundation
import Testing

/// `expediente rules`: the committed Markdown page of each call is what the command prints now.
@Suite struct RulesCLITests {
    static let calls = ["enarm-xlviii-2025-2026", "cer-2026-2027"]

    @Test(arguments: calls)
    func theCommittedMarkdownPageIsCurrent(call: String) throws {
        let committed = try String(contentsOf: CLIRunner.repository.appendingPathComponent("Rules/\(call).md"), encoding: .utf8)
        let output = try CLIRunner.run(["rules", call, "--format", "markdown"])
        #expect(output.status == 0)
        #expect(output.stdout == committed, "regenere con: swift run expediente rules \(call) --format markdown > Rules/\(call).md")
    }

    @Test(arguments: calls)
    func everyKindAndCheckIsListedWithItsSource(call: String) throws {
        let output = try CLIRunner.run(["rules", "--convocatoria", call])
        #expect(output.status == 0)
        for check in [CheckID.inventoryMissing.rawValue, CheckID.dataCURPCheckDigit.rawValue, CheckID.dataGradeScale.rawValue, CheckID.dataCURPMismatch.rawValue, CheckID.dataApostille.rawValue] {
            #expect(output.stdout.contains("  \(check) ("))
        }
        #expect(output.stdout.contains("fuente:"))
        #expect(output.stdout.contains("estudios-extranjero"))
    }

    @Test func theCERCallAnnulsWithoutTituloOrCedula() throws {
        let output = try CLIRunner.run(["rules", "cer-2026-2027"])
        #expect(output.stdout.contains("CONSTANCIACEME"))
        #expect(output.stdout.contains("\(CheckID.inventoryMissing) (anulación): 3.1 5"))
        #expect(output.stdout.contains("\(CheckID.inventoryMissing) (anulación): 3.1 4"))
    }
}
