/// Two or more files standing for the same document (`CURP.JPG` and `CURP.JPEG`).
struct InventoryDuplicateCheck: FolderCheck {
    static let definition = CheckDefinition(
        id: .inventoryDuplicate, stage: .inventory,
        title: "Documento repetido",
        rationale: "Cada documento se adjunta una sola vez, en su apartado; dos archivos para el mismo documento dejan en duda cuál es el válido.",
        message: "Hay más de un archivo para {document}: {files}.",
        hint: "Deje un solo archivo, llamado {expected_name}, y elimine o mueva los demás.",
        parameters: ["files"],
        examples: [
            .triggers("CURP.JPG y CURP.JPEG", .copies(["CURP.JPG", "CURP.JPEG"], of: "CURP")),
            .passes("un solo CURP.JPG", .page("CURP")),
        ]
    )

    func run(on inventory: Inventory, convocatoria: Convocatoria, perfil: String) -> [Finding.Located] {
        convocatoria.kinds.flatMap { kind -> [Finding.Located] in
            let items = inventory.items(of: kind.kind).filter { $0.entry.type == .regular }
            guard items.count > 1 else { return [] }
            let expected = Inventory.expectedName(for: kind, limits: convocatoria.limits(for: kind))
            // The file with the exact name (or the first in order) is the document; the others are the duplicates.
            let keep = items.first { $0.entry.name.full == expected } ?? items[0]
            let names = items.map(\.entry.name.full).joined(separator: ", ")
            return items.filter { $0.entry.name.full != keep.entry.name.full }.map { item in
                Finding.Located(
                    Finding(Self.definition, expected: "un solo archivo: \(expected)", actual: names, values: ["files": names]),
                    kind: kind, file: item.entry.relativePath
                )
            }
        }
    }
}
