/// A file that matches no document kind of the call.
struct InventoryUnknownCheck: FolderCheck {
    static let definition = CheckDefinition(
        id: .inventoryUnknown, stage: .inventory,
        title: "Archivo que no es de la convocatoria",
        rationale: "Solo se adjuntan los documentos de la tabla; un archivo con otro nombre no se reconoce y quizá es un documento mal nombrado.",
        severity: .aviso,
        message: "El archivo «{file}» no corresponde a ningún documento de la convocatoria.",
        hint: "Si es un documento del expediente, renómbrelo con el nombre de su documento ({known}); si no, quítelo de la carpeta.",
        parameters: ["known"],
        examples: [
            .triggers("VACACIONES.JPG no es un documento de la convocatoria", .file("VACACIONES.JPG", of: nil)),
            .passes("curp.jpg se reconoce como CURP", .file("curp.jpg", of: "CURP")),
        ]
    )

    func run(on inventory: Inventory, convocatoria: Convocatoria, perfil: String) -> [Finding.Located] {
        let known = convocatoria.kinds.map(\.kind).joined(separator: ", ")
        return inventory.unknown.map { item in
            Finding.Located(
                Finding(Self.definition, expected: "el nombre de un documento de la convocatoria", actual: item.entry.name.full, values: ["known": known]),
                kind: nil, file: item.entry.relativePath
            )
        }
    }
}
