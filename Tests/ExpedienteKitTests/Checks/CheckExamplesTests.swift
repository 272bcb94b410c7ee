@testable import ExpedienteKit
import Foundation
import Testing

/// Every example of every check, run through the real pipeline on real files: an example
/// that triggers must give its check on the document it names, one that passes must not.
struct CheckExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let check: CheckID
        let example: CheckExample
        var testDescription: String { "\(check) \(example.triggers ? "+" : "-") \(example.note)" }
    }

    static let cases: [Case] = CheckCatalog.all.flatMap { definition in
        definition.examples.map { Case(check: definition.id, example: $0) }
    }

    static let calls: [String: Convocatoria] = {
        let entries = (try? RulesCatalog.entries(in: TestPaths.rules)) ?? []
        return Dictionary(uniqueKeysWithValues: entries.compactMap { entry in
            (try? RulesLoader.load(folder: entry.folder)).map { (entry.id, $0) }
        })
    }()

    @Test(arguments: CheckCatalog.all.map(\.id))
    func everyCheckHasAnExampleThatTriggersAndOneThatDoesNot(id: CheckID) {
        let examples = CheckCatalog.definition(id).examples
        #expect(examples.contains { $0.triggers }, "\(id) has no example that triggers it")
        #expect(examples.contains { !$0.triggers }, "\(id) has no example that does not trigger it")
    }

    @Test(arguments: cases)
    func theExampleDoesWhatItSays(_ item: Case) throws {
        if case .unreadable = item.example.input, geteuid() == 0 { return }  // root reads any file
        let folder = try ExampleFolder.make(item.example.input)
        let callID = item.example.convocatoria ?? "enarm-xlviii-2025-2026"
        let convocatoria = try #require(Self.calls[callID], "no rules for \(callID)")
        let report = try ExpedienteChecker(convocatoria: convocatoria).check(folder: folder.url)
        let document = item.example.input.document
        let fired = report.observations.filter { $0.checkID == item.check && (document == nil || $0.document == document) }
        let summary = report.observations.map { "\($0.document ?? "-") \($0.check): \($0.message)" }
        if item.example.triggers {
            #expect(!fired.isEmpty, "\(item.check) did not fire: \(summary)")
        } else {
            #expect(fired.isEmpty, "\(item.check) fired: \(summary)")
        }
    }
}
