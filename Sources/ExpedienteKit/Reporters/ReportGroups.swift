/// How reporters group a folder's findings: by document, and the rest (missing documents,
/// unknown files, findings about the folder) under the folder itself.
extension ExpedienteReport {
    /// Findings that belong to no listed document.
    public var folderObservations: [Observation] {
        let files = Set(documents.map(\.file))
        return observations.filter { $0.file.map { !files.contains($0) } ?? true }
    }

    public func observations(of document: Document) -> [Observation] {
        observations.filter { $0.file == document.file }
    }
}
