import ArgumentParser
import ExpedienteKit
import Foundation

extension Expediente.Batch {
    /// The shard of `--shard`, nil without it; a usage error (exit 2) when it cannot be used.
    func selectedShard() throws -> BatchShard? {
        do throws(BatchSelectionError) {
            return try shard.map { text throws(BatchSelectionError) in try BatchShard.parse(text, partition: shardBy, environment: ProcessInfo.processInfo.environment) }
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The applicant folders under RAÍZ this run checks, in name order: all of them, or those of
    /// `--folders`, then only those of `--shard`. Refuses RAÍZ that is itself one applicant's folder.
    func selectFolders(convocatoria: Convocatoria) throws -> [FolderEntry] {
        let entries = try FolderEntry.list(URL(fileURLWithPath: root))
        if let files = BatchRoot.singleExpedienteFiles(entries, convocatoria: convocatoria) {
            let shown = files.prefix(3).joined(separator: ", ") + (files.count > 3 ? ", …" : "")
            throw OutputError("«\(root)» contiene los archivos de un solo expediente (\(shown)), no una carpeta por aspirante. "
                + "Para revisar esta carpeta use: expediente check \(root)")
        }
        var chosen = entries.filter { $0.type == .directory }
        if let folders {
            let list = try readFolderList(folders)
            chosen = try FolderList.select(list, display: folders == "-" ? "entrada estándar" : folders, root: root, entries: entries)
        }
        if let shard = try selectedShard() {
            chosen = shard.select(chosen, rawName: \.rawName)
        }
        return chosen
    }

    private func readFolderList(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutputError("No se pudo leer la lista de carpetas «\(path)».")
        }
        return Array(data)
    }
}
