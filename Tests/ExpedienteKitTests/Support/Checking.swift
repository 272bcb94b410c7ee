import ExpedienteKit
import Foundation

/// Runs the real pipeline with the shipped ENARM rules.
enum Checking {
    static let convocatoria: Convocatoria = try! RulesLoader.load(folder: TestPaths.enarmRules)

    static func check(_ folder: TemporaryFolder, perfil: String? = nil) throws -> ExpedienteReport {
        try ExpedienteChecker(convocatoria: convocatoria, perfil: perfil).check(folder: folder.url)
    }

    /// A complete valid folder in which `file` replaces (or adds to) the valid documents.
    static func checkValid(replacing kind: String? = nil, with name: String, bytes: [UInt8]) throws -> ExpedienteReport {
        let folder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder, except: kind.map { [$0] } ?? [])
        try folder.write(name, bytes)
        return try check(folder)
    }
}

extension ExpedienteReport {
    func checks(for file: String) -> [String] {
        observations.filter { $0.file == file }.map(\.check)
    }

    var blocking: [Observation] {
        observations.filter { $0.severity != .aviso }
    }
}
