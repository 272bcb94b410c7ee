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
        var info = stat()
        guard lstat(path, &info) == 0 else {
            return DocumentInspection(file: path, kind: name, quality: nil, observations: [], error: "no existe o no se puede consultar")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return DocumentInspection(file: path, kind: name, quality: nil, observations: [], error: "no es un archivo normal")
        }
        guard let kind = convocatoria.kind(named: name) else {
            let known = convocatoria.kinds.map(\.kind).joined(separator: ", ")
            return DocumentInspection(file: path, kind: name, quality: nil, observations: [],
                                      error: "«\(name)» no es un documento de \(convocatoria.id) (use --documento con uno de: \(known))")
        }
        let rawPath = Array(path.utf8)
        let rawName = Array(rawPath.split(separator: UInt8(ascii: "/")).last ?? [])
        let entry = FolderEntry(rawName: rawName, path: rawPath, type: .regular, size: Int(info.st_size))
        let limits = convocatoria.limits(for: kind)
        let expectedName = Inventory.expectedName(for: kind, limits: limits)
        var context = DocumentContext(entry: entry, kind: kind, limits: limits, quality: convocatoria.quality(for: kind),
                                      expectedName: expectedName, options: options)
        let observations = DocumentPipeline.run(&context).compactMap {
            observe($0, kind: kind, file: entry.relativePath, expectedName: expectedName)
        }
        return DocumentInspection(file: path, kind: name, quality: context.pageQuality, observations: observations, error: nil)
    }
}
