@testable import ExpedienteKit
import Foundation
import Testing

/// Without `--convocatoria` or a registro that names one, a document only one call asks for
/// chooses it; otherwise the newest is assumed and every report says so (issue 15.13).
struct ConvocatoriaChoiceTests {
    static let library = ConvocatoriaLibrary(root: TestPaths.rules)
    static let enarm = "enarm-xlviii-2025-2026"
    static let cer = "cer-2026-2027"

    /// A checker as the command line builds it without `--convocatoria`.
    static func check(_ names: [String], registro: String? = nil) throws -> ExpedienteReport {
        let folder = try TemporaryFolder()
        for name in names { try folder.write(name, [0xFF, 0xD8, 0xFF]) }
        if let registro { try folder.write("REGISTRO.yaml", text: registro) }
        var checker = try ExpedienteChecker(convocatoria: try RuleSelection.load(root: TestPaths.rules, convocatoria: nil))
        checker.library = library
        checker.parallelDocuments = false
        return try checker.check(folder: folder.url)
    }

    @Test(arguments: [
        (["CURP.JPG", "BT09.JPG"], enarm, ["BT09.JPG"]),
        (["CURP.JPG", "Tarjeton Padre.jpg"], enarm, ["Tarjeton Padre.jpg"]),
        (["CURP.JPG", "CONSTANCIACEME.JPG", "PUBLICACION1.JPG"], cer, ["CONSTANCIACEME.JPG", "PUBLICACION1.JPG"]),
    ])
    func aDocumentOnlyOneCallAsksForChoosesIt(names: [String], chosen: String, evidence: [String]) throws {
        let report = try Self.check(names)
        #expect(report.convocatoria == chosen)
        #expect(report.convocatoriaChoice?.basis == .documents)
        #expect(report.convocatoriaChoice?.evidence == [.init(convocatoria: chosen, files: evidence)])
        let note = try #require(report.convocatoriaNote)
        #expect(note.contains("que solo pide \(chosen)"))
        #expect(note.contains("--convocatoria \(chosen == Self.enarm ? Self.cer : Self.enarm)"))
    }

    @Test func aFolderThatDoesNotTellIsCheckedWithTheNewestAndSaysHowToChooseTheOther() throws {
        let report = try Self.check(["CURP.JPG", "SOLICITUD.JPG"])
        #expect(report.convocatoria == Self.cer)
        #expect(report.convocatoriaChoice == ConvocatoriaChoice(basis: .assumed, alternatives: [Self.enarm]))
        let note = try #require(report.convocatoriaNote)
        #expect(note.hasPrefix("Convocatoria supuesta: ni el registro ni los documentos"))
        #expect(note.contains("--convocatoria \(Self.enarm)") && note.contains("«convocatoria: \(Self.enarm)» en REGISTRO.yaml"))
        let text = TextReporter.render(report, convocatoria: try RuleSelection.load(root: TestPaths.rules, convocatoria: Self.cer))
        #expect(text.split(separator: "\n")[2] == "  " + note)
    }

    @Test func documentsOfTwoCallsChooseNeitherAndTheNoteNamesBoth() throws {
        let report = try Self.check(["BT09.JPG", "CONSTANCIACEME.JPG"])
        #expect(report.convocatoria == Self.cer)
        #expect(report.convocatoriaChoice?.basis == .assumed)
        #expect(report.convocatoriaChoice?.evidence.map(\.convocatoria).sorted() == [Self.cer, Self.enarm])
        #expect(report.convocatoriaNote?.contains("BT09.JPG solo en \(Self.enarm)") == true)
    }

    /// A registro that names its call loads only that call's rules; the other is still named.
    @Test func aNamedCallIsTheOnlyOneLoaded() throws {
        let folder = try TemporaryFolder()
        try folder.write("CURP.JPG", [0xFF, 0xD8, 0xFF])
        try folder.write("REGISTRO.yaml", text: "convocatoria: \(Self.cer)\n")
        let library = ConvocatoriaLibrary(root: TestPaths.rules)
        var checker = try ExpedienteChecker(convocatoria: try RuleSelection.load(root: TestPaths.rules, convocatoria: Self.cer))
        checker.library = library
        let report = try checker.check(folder: folder.url)
        #expect(report.convocatoriaChoice == ConvocatoriaChoice(basis: .registro, alternatives: [Self.enarm]))
        #expect(library.loadedIDs == [Self.cer])
    }

    @Test func theRegistroWinsOverTheDocumentsAndNeedsNoNote() throws {
        let report = try Self.check(["CONSTANCIACEME.JPG"], registro: "convocatoria: \(Self.enarm)\n")
        #expect(report.convocatoria == Self.enarm)
        #expect(report.convocatoriaChoice == ConvocatoriaChoice(basis: .registro, alternatives: [Self.cer]))
        #expect(report.convocatoriaNote == nil)
    }

    @Test func aRegistroNamingAnUnknownCallLetsTheDocumentsChoose() throws {
        let report = try Self.check(["BT09.JPG"], registro: "convocatoria: enarm-xl-2016\n")
        #expect(report.convocatoria == Self.enarm)
        #expect(report.convocatoriaChoice?.basis == .documents)
    }

    @Test func theCallersChoiceIsKept() throws {
        let folder = try TemporaryFolder()
        try folder.write("CONSTANCIACEME.JPG", [0xFF, 0xD8, 0xFF])
        let report = try ExpedienteChecker(convocatoria: Checking.convocatoria).check(folder: folder.url)
        #expect(report.convocatoria == Self.enarm)
        #expect(report.convocatoriaChoice == ConvocatoriaChoice(basis: .option))
        #expect(report.convocatoriaNote == nil)
    }

    @Test func everyReporterShowsTheNote() throws {
        let report = try Self.check(["CURP.JPG"])
        let note = try #require(report.convocatoriaNote)
        let cer = try RuleSelection.load(root: TestPaths.rules, convocatoria: Self.cer)
        let context = ReportContext(convocatoria: cer, perfil: "todos", batch: true, library: Self.library)
        var html = HTMLReporter(context)
        var junit = JUnitReporter(context)
        var sarif = SARIFReporter(context)
        var github = GitHubReporter()
        #expect(JSONReporter.render(report).contains("\"note\": \"\(note)\""))
        #expect(html.add(report).contains(note))
        #expect(junit.add(report).contains("name=\"convocatoria_nota\" value=\"\(note)\""))
        _ = sarif.begin()
        #expect(sarif.add(report).contains("\"convocatoria_note\":\"\(note)\""))
        #expect(github.add(report).hasPrefix("::notice title="))
    }
}
