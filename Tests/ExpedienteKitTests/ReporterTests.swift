@testable import ExpedienteKit
import Foundation
import Testing

/// The reporters' envelopes and escaping, on reports built by hand.
@Suite struct ReporterTests {
    static let context = ReportContext(convocatoria: Checking.convocatoria, perfil: "todos", batch: true)

    static let hostile = ExpedienteReport(
        convocatoria: "enarm-xlviii-2025-2026", path: "raíz/a,b:c%\n::error::x", status: .conObservaciones,
        documents: [.init(kind: "CURP", file: "CURP.JPG", observations: 1)],
        observations: [Observation(check: CheckID.sizeMaxBytes.rawValue, severity: .observacion, document: "CURP", file: "CURP.JPG",
                                   message: "Pesa <mucho> & \"más\"\u{1B}[31m", hint: "Redúzcalo")]
    )

    static func stream(_ format: OutputFormat, _ reports: [ExpedienteReport]) -> String {
        var reporter = format.reporter(context)
        return reporter.begin() + reports.map { reporter.add($0) }.joined() + reporter.end()
    }

    @Test func envelopesWithoutFoldersAreValidJSON() throws {
        #expect((try JSONSerialization.jsonObject(with: Data(Self.stream(.json, []).utf8)) as? [Any])?.isEmpty == true)
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(Self.stream(.sarif, []).utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
    }

    @Test func jsonOfABatchIsAnArrayOfTheContractObjects() throws {
        let text = Self.stream(.json, [Self.hostile, Self.hostile])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 2 && array[1]["path"] as? String == Self.hostile.path)
    }

    @Test func sarifResultsPointAtPercentEncodedFiles() throws {
        let text = Self.stream(.sarif, [Self.hostile])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require((run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"] as? [[String: Any]])
        #expect(rules.count == CheckCatalog.all.count)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["level"] as? String == "error")
        #expect(text.contains("\"uri\":\"ra%C3%ADz/a%2Cb%3Ac%25%0A%3A%3Aerror%3A%3Ax/CURP.JPG\""))
    }

    @Test func githubAnnotationsCannotBeBrokenByNames() {
        let text = Self.stream(.github, [Self.hostile])
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("::error file=raíz/a%2Cb%3Ac%25\\x0A%3A%3Aerror%3A%3Ax/CURP.JPG,title=size.max_bytes (CON_OBSERVACIONES)::"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func markupEscapesEverythingThatMeansSomething() {
        #expect(MarkupText.escape("<a href='x'>\"&\u{1B}\u{0}") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;\\x1B\\x00")
        #expect(HTMLReporter.scriptSafe("\"</script><!--&\u{2028}\"") == "\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\"")
    }

    @Test func junitCountsFailedCasesAndKeepsAvisosOutOfFailures() {
        var report = Self.hostile
        report.observations.append(Observation(check: CheckID.resolutionInferred.rawValue, severity: .aviso, document: "CURP", file: "CURP.JPG", message: "m"))
        let text = Self.stream(.junit, [report])
        #expect(text.contains("tests=\"2\" failures=\"1\""))
        #expect(text.components(separatedBy: "<failure ").count == 2)
        #expect(text.contains("<system-out>AVISO [resolution.inferred] m</system-out>"))
    }
}
