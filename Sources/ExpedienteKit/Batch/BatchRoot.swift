/// What `batch` checks under RAÍZ, before any folder is opened: one folder per applicant. RAÍZ
/// that holds the documents of one expediente itself, and no folder, is one applicant's folder
/// given to the wrong command (`check` is the one for it).
public enum BatchRoot {
    /// The document files of RAÍZ when it looks like a single applicant's folder (files a
    /// convocatoria names, or applicant data, and no subfolder); nil when it can be a batch root.
    public static func singleExpedienteFiles(_ entries: [FolderEntry], convocatoria: Convocatoria) -> [String]? {
        guard !entries.contains(where: { $0.type == .directory }) else { return nil }
        let files = entries.filter { $0.type == .regular }
        let registro = files.filter { RegistroLoader.isRegistro($0.name) }.map(\.relativePath)
        let documents = Inventory(entries: files, convocatoria: convocatoria).documents.map(\.entry.relativePath)
        let found = documents + registro
        return found.isEmpty ? nil : found
    }
}
