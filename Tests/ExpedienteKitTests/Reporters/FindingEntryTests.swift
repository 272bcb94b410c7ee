import ExpedienteKit
import ExpedienteSamples
import Foundation
import Testing

/// One problem, one entry: the findings about one file's name are shown as one entry that
/// names every fault and gives the one fix (text, HTML and the page); the JSON keeps each check.
@Suite struct FindingEntryTests {
    @Test func theFaultsOfOneNameAreOneEntryWithOneFix() throws {
        let checked = try Checking.checkAlone("Acta de nacimiento.jpg", bytes: TestPages.validLetter)
        let nameChecks = checked.observations.filter { $0.check.hasPrefix("name.") }.map(\.check)
        #expect(nameChecks == ["name.uppercase", "name.spaces", "name.exact"])

        let entries = FindingEntry.entries(checked.observations)
        let names = entries.filter { $0.checks.contains { $0.hasPrefix("name.") } }
        #expect(names.count == 1)
        let entry = try #require(names.first)
        #expect(entry.checks == nameChecks)
        #expect(entry.message == "El nombre «Acta de nacimiento.jpg» tiene minúsculas, espacios y no es exactamente ACTANACIMIENTO.JPG.")
        #expect(entry.hint == "Renombre el archivo exactamente como ACTANACIMIENTO.JPG.")

        let text = TextReporter.render(checked.folderReport, convocatoria: Checking.convocatoria)
        #expect(text.components(separatedBy: "[name.uppercase, name.spaces, name.exact]").count == 2)
        #expect(text.components(separatedBy: "→ Renombre el archivo").count == 2)
        // The JSON keeps each check id (the contract).
        let json = JSONReporter.render(checked.folderReport)
        for check in nameChecks { #expect(json.contains("\"check\": \"\(check)\"")) }
    }

    @Test func aSingleNameFaultKeepsItsOwnMessage() throws {
        let checked = try Checking.checkAlone("curp.jpg", bytes: TestPages.validLetter)
        let entries = FindingEntry.entries(checked.observations).filter { $0.checks.contains("name.uppercase") }
        #expect(entries.count == 1)
        #expect(entries.first?.checks == ["name.uppercase"])
        #expect(entries.first?.message == "El nombre «curp.jpg» tiene minúsculas.")
    }

    @Test func theHTMLReportCountsAndShowsEntries() throws {
        let checked = try Checking.checkAlone("Acta de nacimiento.jpg", bytes: TestPages.validLetter)
        let report = checked.folderReport
        let counts = FindingEntry.counts(report)
        #expect(counts.reduce(0, +) == report.observations.count - 2)
        var reporter = HTMLReporter(ReportContext(convocatoria: Checking.convocatoria, perfil: Checking.convocatoria.basePerfil.id, batch: false))
        let data = reporter.add(report)
        #expect(data.contains("\"check\":\"name.uppercase, name.spaces, name.exact\""))
        #expect(data.contains("\"checks\":[\"name.uppercase\",\"name.spaces\",\"name.exact\"]"))
    }

    @Test func aNameOnContentThatIsNotJPEGNeverSuggestsRenamingAlone() throws {
        for (name, bytes, byFix) in [("curp.pdf", ForeignFormats.pdf(text: "CURP"), false),
                                     ("curp.png", try SampleWriter.bytes(for: .foreign(.png(PageOptions(kind: .curp, dpi: 100)))), true)] {
            let checked = try Checking.checkAlone(name, bytes: bytes)
            #expect(checked.observations.contains { $0.checkID == .typeNotJPEG }, "\(name)")
            let nameHints = checked.observations.filter { $0.check.hasPrefix("name.") }.compactMap(\.hint)
            #expect(!nameHints.isEmpty, "\(name)")
            for hint in nameHints {
                #expect(!hint.hasPrefix("Renombre"), "\(name): \(hint)")
                #expect(hint.contains("no basta"), "\(name): \(hint)")
                #expect(hint.contains("CURP.JPG"), "\(name): \(hint)")
                #expect(hint.contains("expediente fix") == byFix, "\(name): \(hint)")
            }
        }
    }
}
