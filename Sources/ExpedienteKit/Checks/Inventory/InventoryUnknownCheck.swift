/// A file that matches no document kind of the call.
struct InventoryUnknownCheck: FolderCheck {
    static let definition = CheckDefinition(
        id: .inventoryUnknown, stage: .inventory,
        title: "Archivo que no es de la convocatoria",
        rationale: "Solo se adjuntan los documentos de la tabla; un archivo con otro nombre no se reconoce y quizá es un documento mal nombrado.",
        parameters: ["known"],
        examples: ["FOTO.JPG", "NOTAS.TXT", "INE.JPG (debe ser IDENTIFICACION1.JPG o IDENTIFICACION2.JPG)"]
    )

    func run(on inventory: Inventory, convocatoria: Convocatoria, perfil: String) -> [Finding.Located] {
        let known = convocatoria.kinds.map(\.kind).joined(separator: ", ")
        return inventory.unknown.map { item in
            Finding.Located(
                Finding(Self.definition, expected: "un nombre de la columna NOMBRE", actual: item.entry.name.full, values: ["known": known]),
                kind: nil, file: item.entry.relativePath
            )
        }
    }
}
