import Foundation
import Testing
@testable import ExpedienteKit

/// The process's decoded `convocatoria.yaml` files: what it returns is what decoding the file
/// as it is now gives, kept or not.
@Suite struct ConvocatoriaFileCacheTests {
    @Test func aChangedFileIsDecodedAgain() throws {
        let rules = try #require(RulesCatalog.defaultRoot())
        let original = try String(contentsOf: rules.appendingPathComponent("enarm-xlviii-2025-2026/convocatoria.yaml"), encoding: .utf8)
        let changed = original.replacingOccurrences(of: "\ntitle: \"", with: "\ntitle: \"Otra: ")
        try #require(changed != original)
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("convocatoria.yaml")
        let cache = ConvocatoriaFileCache()
        let aged = { try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: url.path) }
        try original.write(to: url, atomically: false, encoding: .utf8)
        try aged()
        let first = try cache.file(at: url)
        #expect(first == (try RulesLoader.decode(ConvocatoriaFile.self, at: url)))
        #expect(try cache.file(at: url) == first)
        // Rewritten, even with its old modification time set back: its inode change time moved.
        for (text, title) in [(changed, "Otra: " + first.title), (original, first.title)] {
            try text.write(to: url, atomically: false, encoding: .utf8)
            try aged()
            #expect(try cache.file(at: url).title == title)
        }
    }
}
