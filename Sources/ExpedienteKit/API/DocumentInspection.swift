import Foundation

/// One file run through the whole document pipeline as a given document kind, with the
/// quality metrics the checks saw (`expediente quality`).
public struct DocumentInspection: Sendable {
    public let file: String
    public let kind: String
    public let quality: PageQuality?
    /// Every finding of the pipeline on this file, with the rule files' severity and words.
    public let observations: [Observation]
    /// Why the file could not be inspected, in Spanish.
    public let error: String?
}

extension ExpedienteChecker {
    /// Runs the pipeline on one file as a document of `kind` (a NOMBRE of the call).
    public func inspect(file path: String, kind name: String) -> DocumentInspection {
        let entry: FolderEntry
        switch DocumentRunner.admit(path: path, followLinks: false) {
        case .success(let admitted): entry = admitted
        case .failure(let error): return DocumentInspection(file: path, kind: name, quality: nil, observations: [], error: error.reason)
        }
        guard let kind = convocatoria.kind(named: name) else {
            let known = convocatoria.kinds.map(\.kind).joined(separator: ", ")
            return DocumentInspection(file: path, kind: name, quality: nil, observations: [],
                                      error: "«\(name)» no es un documento de \(convocatoria.id) (use --documento con uno de: \(known))")
        }
        let runner = DocumentRunner(convocatoria: convocatoria, options: options)
        let result = runner.run(runner.subject(entry, kind: kind))
        return DocumentInspection(file: path, kind: name, quality: result.run.measure?.page, observations: result.observations, error: nil)
    }
}
