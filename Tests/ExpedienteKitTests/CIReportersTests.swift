@testable import ExpedienteKit
import Foundation
import Testing

/// What a CI step reads: `--fail-on`, and the JUnit, SARIF and GitHub reports of a batch whose
/// folders are of another call than the run's default.
@Suite struct CIReportersTests {
    static let enarm = try! RuleSelection.load(root: TestPaths.rules, convocatoria: "enarm-xlviii-2025-2026")
    static let cer = try! RuleSelection.load(root: TestPaths.rules, convocatoria: "cer-2026-2027")
    /// A batch run whose default is the CER, with a library to find the ENARM's rules.
    static let batch = ReportContext(convocatoria: cer, perfil: "todos", batch: true, library: ConvocatoriaLibrary(root: TestPaths.rules))

    static func report(_ status: ExpedienteStatus, _ severities: [Severity], path: String = "raiz/F001") -> ExpedienteReport {
        ExpedienteReport(
            convocatoria: "enarm-xlviii-2025-2026", path: path, status: status,
            documents: [.init(kind: "CURP", file: "CURP.JPG", observations: severities.count)],
            observations: severities.map { severity in
                Observation(check: CheckID.inventoryMissing.rawValue, severity: severity, document: "SOLICITUD", file: nil, message: "Falta.")
            })
    }

    @Test func eachThresholdFailsFromItsSeverity() {
        let clean = Self.report(.enProcesoDeValidacion, [])
        let avisos = Self.report(.enProcesoDeValidacion, [.aviso])
        let observed = Self.report(.conObservaciones, [.observacion])
        let pending = Self.report(.pendienteDeValidar, [.observacion])
        let annulled = Self.report(.anulado, [.anulacion, .aviso])
        let failing: [FailThreshold: [Bool]] = [
            .nunca: [false, false, false, false, false],
            .anulacion: [false, false, false, false, true],
            .observacion: [false, false, true, true, true],
            .aviso: [false, true, true, true, true],
        ]
        for (threshold, expected) in failing {
            #expect([clean, avisos, observed, pending, annulled].map(threshold.fails) == expected, "\(threshold)")
        }
    }

    /// The run's default call is not named as if it were every folder's; each suite names its own.
    @Test func junitNamesEachFolderOwnCall() {
        var junit = JUnitReporter(Self.batch)
        let text = junit.begin() + junit.add(Self.report(.conObservaciones, [.observacion])) + junit.end()
        #expect(text.contains("<testsuites name=\"expediente\">"))
        #expect(text.contains("<property name=\"convocatoria\" value=\"enarm-xlviii-2025-2026\"/>"))
        #expect(!text.contains("cer-2026-2027"))
        var check = JUnitReporter(ReportContext(convocatoria: Self.enarm, perfil: "todos", batch: false))
        #expect(check.begin().contains("<testsuites name=\"expediente enarm-xlviii-2025-2026\">"))
    }

    /// A result names its folder's call and the paragraph of that call, not of the run's default.
    @Test func sarifResultsCiteTheirOwnCall() throws {
        var sarif = SARIFReporter(Self.batch)
        let text = sarif.begin() + sarif.add(Self.report(.conObservaciones, [.observacion])) + sarif.end()
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let runProperties = try #require(run["properties"] as? [String: Any])
        #expect(runProperties["convocatoria"] == nil)
        #expect(runProperties["rules_convocatoria"] as? String == "cer-2026-2027")
        let properties = try #require((run["results"] as? [[String: Any]])?.first?["properties"] as? [String: Any])
        #expect(properties["convocatoria"] as? String == "enarm-xlviii-2025-2026")
        let own = Self.enarm.rule(for: .inventoryMissing, kind: Self.enarm.kind(named: "SOLICITUD")).source
        #expect(own != nil)
        #expect(properties["source"] as? String == own)
        #expect(own != Self.cer.rule(for: .inventoryMissing, kind: Self.cer.kind(named: "SOLICITUD")).source)
    }

    /// A finding about the folder has no file (GitHub shows none for a folder) and names the folder in its title.
    @Test func githubFolderFindingsNameTheFolderInTheirTitle() {
        var github = GitHubReporter()
        let line = github.add(Self.report(.conObservaciones, [.observacion], path: "expedientes/F001"))
        #expect(line == "::error title=expedientes/F001%3A inventory.missing (CON_OBSERVACIONES)::OBSERVACIÓN: Falta.\n")
    }

    /// Past 10 errors or 10 warnings (what GitHub shows per step) a last notice points to SARIF.
    @Test func githubSaysWhenThereAreMoreThanItShows() {
        var few = GitHubReporter()
        _ = few.add(Self.report(.conObservaciones, Array(repeating: .observacion, count: 10)))
        #expect(few.end() == "")
        var many = GitHubReporter()
        _ = many.add(Self.report(.conObservaciones, Array(repeating: .observacion, count: 11) + [.aviso]))
        let notice = many.end()
        #expect(notice.hasPrefix("::notice title=expediente%3A 11 error(es) y 1 aviso(s)::"))
        #expect(notice.contains("SARIF"))
    }
}
