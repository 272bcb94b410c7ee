import Foundation

/// Picks and loads a convocatoria from a rules folder.
public enum RuleSelection {
    /// `id` nil means the newest shipped convocatoria; `root` nil means the default rules folder.
    public static func load(root: URL?, convocatoria id: String?) throws(ExpedienteError) -> Convocatoria {
        let entries = try catalog(root: root)
        guard let entry = id.map({ id in entries.first { $0.id == id } }) ?? entries.first else {
            if let id { throw .unknownConvocatoria(id, available: entries.map(\.id)) }
            throw .rulesNotFound
        }
        do {
            return try RulesLoader.load(folder: entry.folder)
        } catch {
            throw .rules(error)
        }
    }

    /// The convocatorias of `root` (nil: the default rules folder), newest first.
    public static func catalog(root: URL?) throws(ExpedienteError) -> [RulesCatalog.Entry] {
        guard let root = root ?? RulesCatalog.defaultRoot() else { throw .rulesNotFound }
        do {
            return try RulesCatalog.entries(in: root)
        } catch {
            throw .rules(error)
        }
    }
}
