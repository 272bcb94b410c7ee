import ExpedienteKit
import Foundation

/// Runs the real pipeline with the shipped ENARM rules.
enum Checking {
    static let convocatoria: Convocatoria = try! RulesLoader.load(folder: TestPaths.enarmRules)

    static func check(_ folder: TemporaryFolder, perfil: String? = nil) throws -> ExpedienteReport {
        try ExpedienteChecker(convocatoria: convocatoria, perfil: perfil).check(folder: folder.url)
    }

    /// One document checked on its own: a folder that holds only `name`. Every stage that reads
    /// a file runs on it as in a full folder; the folder's findings about the documents that are
    /// not there are left out, so a test of one file's check pays for one page, not twelve.
    static func checkAlone(_ name: String, bytes: [UInt8], convocatoria: Convocatoria = convocatoria) throws -> DocumentCheck {
        let folder = try TemporaryFolder()
        try folder.write(name, bytes)
        let report = try ExpedienteChecker(convocatoria: convocatoria).check(folder: folder.url)
        return DocumentCheck(file: name, folderReport: report)
    }
}

/// What the pipeline found on one document checked alone (`Checking.checkAlone`).
struct DocumentCheck {
    let file: String
    let folderReport: ExpedienteReport

    /// The findings about this file.
    var observations: [Observation] {
        folderReport.observations.filter { $0.file == file }
    }

    /// The status of a folder in which this document joins valid ones.
    var status: ExpedienteStatus {
        ExpedienteStatus.derive(from: observations, solicitudPresent: true)
    }

    /// The document kind the inventory recognised, nil for an unknown file.
    var kind: String? {
        folderReport.documents.first { $0.file == file }?.kind
    }

    func checks(for file: String) -> [CheckID] {
        observations.filter { $0.file == file }.compactMap(\.checkID)
    }

    var blocking: [Observation] {
        observations.filter { $0.severity != .aviso }
    }
}

extension ExpedienteReport {
    func checks(for file: String) -> [CheckID] {
        observations.filter { $0.file == file }.compactMap(\.checkID)
    }

    var blocking: [Observation] {
        observations.filter { $0.severity != .aviso }
    }
}
