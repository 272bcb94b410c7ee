/// Which file of CARPETA becomes which files of SALIDA: each document once, under its exact
/// name (and the names of the other documents it also is); the rest is left out, with why.
struct FixPlan {
    struct Item {
        let entry: FolderEntry
        let kind: DocumentKindRule
        /// The exact names to write: the kind's, then those of the documents it also is.
        let names: [String]
    }

    var documents: [Item] = []
    var skipped: [FixResult.Skipped] = []

    init(inventory: Inventory, convocatoria: Convocatoria) {
        var taken: [String: String] = [:]
        // The file already named exactly goes first, so a near miss is the one left out.
        let ordered = inventory.items.sorted { a, b in
            let exactA = a.kind.map { a.entry.relativePath == Self.name(of: $0, convocatoria) } ?? false
            let exactB = b.kind.map { b.entry.relativePath == Self.name(of: $0, convocatoria) } ?? false
            return (exactA ? 0 : 1, a.entry.relativePath) < (exactB ? 0 : 1, b.entry.relativePath)
        }
        for item in ordered {
            guard let kind = item.kind else {
                skipped.append(.init(file: item.entry.relativePath, reason: "no es un documento de la convocatoria"))
                continue
            }
            guard item.entry.type == .regular else {
                skipped.append(.init(file: item.entry.relativePath, reason: "no es un archivo normal (carpeta, enlace o dispositivo): no se sigue"))
                continue
            }
            if let first = taken[kind.kind] {
                skipped.append(.init(file: item.entry.relativePath, reason: "es otro archivo de \(kind.kind); se usó \(first)"))
                continue
            }
            taken[kind.kind] = item.entry.relativePath
            let also = item.alsoKinds.filter { taken[$0.kind] == nil }
            for other in also { taken[other.kind] = item.entry.relativePath }
            documents.append(Item(entry: item.entry, kind: kind, names: ([kind] + also).map { Self.name(of: $0, convocatoria) }))
        }
        skipped.sort { $0.file < $1.file }
        let order = Dictionary(convocatoria.kinds.enumerated().map { ($1.kind, $0) }, uniquingKeysWith: { first, _ in first })
        documents.sort { (order[$0.kind.kind] ?? .max, $0.entry.relativePath) < (order[$1.kind.kind] ?? .max, $1.entry.relativePath) }
    }

    static func name(of kind: DocumentKindRule, _ convocatoria: Convocatoria) -> String {
        Inventory.expectedName(for: kind, limits: convocatoria.limits(for: kind))
    }
}
