@testable import ExpedienteKit
import Foundation
import Testing

/// A convocatoria holds what its call says, not what the program already knows: the shipped
/// rule files stay short and never restate a check's default words.
struct RulesShapeTests {
    static let calls: [RulesCatalog.Entry] = (try? RulesCatalog.entries(in: TestPaths.rules)) ?? []

    @Test func theShippedCallsAreFound() {
        #expect(Self.calls.count >= 2 && Self.calls.contains { $0.id == "enarm-xlviii-2025-2026" })
    }

    @Test(arguments: calls.map(\.id))
    func aConvocatoriaFileFitsInTwoHundredLines(call: String) throws {
        let url = TestPaths.rules.appendingPathComponent(call).appendingPathComponent(RulesLoader.convocatoriaFileName)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(lines <= 200, "\(call)/convocatoria.yaml has \(lines) lines")
    }

    @Test(arguments: calls.map(\.id))
    func noRuleFileRestatesADefault(call: String) throws {
        let convocatoria = try RulesLoader.load(folder: TestPaths.rules.appendingPathComponent(call))
        let files = [("convocatoria.yaml", convocatoria.file.checks)] + convocatoria.kinds.map { ("\($0.kind).yaml", $0.checks) }
        for (file, checks) in files {
            for (key, rule) in checks {
                guard let id = CheckID(rawValue: key) else { continue }
                let defaults = CheckCatalog.definition(id).defaults
                #expect(rule.message == nil || rule.message != defaults.message, "\(call)/\(file): \(key) restates its default message")
                #expect(rule.hint == nil || rule.hint != defaults.hint, "\(call)/\(file): \(key) restates its default hint")
            }
        }
    }

    /// Words that differ from the defaults are the call's own: at most 3 of them may be shared by calls.
    @Test func callsShareAtMostThreeTexts() throws {
        var seen: [String: Set<String>] = [:]
        for entry in Self.calls {
            let convocatoria = try RulesLoader.load(folder: entry.folder)
            let rules = [convocatoria.file.checks] + convocatoria.kinds.map(\.checks)
            for text in rules.flatMap(\.values).flatMap({ [$0.message, $0.hint].compactMap { $0 } }) {
                seen[text, default: []].insert(entry.id)
            }
        }
        let shared = seen.filter { $0.value.count > 1 }.keys.sorted()
        #expect(shared.count <= 3, "\(shared)")
    }
}
