/// A name of a document kind that is a folder, a link or a device, not a file.
struct InventoryNotAFileCheck: FolderCheck {
    static let definition = CheckDefinition(
        id: .inventoryNotAFile, stage: .inventory,
        title: "No es un archivo",
        rationale: "Cada documento debe ser un archivo JPG dentro de la carpeta; una carpeta, un enlace simbólico o un dispositivo con ese nombre no se sube al sistema (y los enlaces no se siguen).",
        message: "«{file}» es {entry_type}, no un archivo JPG.",
        hint: "Ponga en su lugar el archivo JPG del documento {document}, llamado {expected_name}.",
        parameters: ["entry_type"],
        examples: [
            .triggers("una carpeta llamada CURP.JPG", .directory("CURP")),
            .passes("CURP.JPG es un archivo", .page("CURP")),
        ]
    )

    func run(on inventory: Inventory, convocatoria: Convocatoria, perfil: String) -> [Finding.Located] {
        inventory.documents.compactMap { item in
            let type: String
            switch item.entry.type {
            case .regular: return nil
            case .directory: type = "una carpeta"
            case .symbolicLink: type = "un enlace simbólico"
            case .other: type = "un archivo especial (dispositivo, FIFO o socket)"
            }
            return Finding.Located(
                Finding(Self.definition, expected: "un archivo JPG", actual: type, values: ["entry_type": type]),
                kind: item.kind, file: item.entry.relativePath
            )
        }
    }
}
