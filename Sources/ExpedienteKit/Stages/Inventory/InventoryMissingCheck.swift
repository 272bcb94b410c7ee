/// A document the applicant's profile must present that is not in the folder.
struct InventoryMissingCheck: FolderCheck {
    static let definition = CheckDefinition(
        id: .inventoryMissing, stage: .inventory,
        title: "Documento faltante",
        rationale: "El expediente electrónico se integra con todos los documentos de la tabla que corresponden al tipo de participante; sin uno de ellos no puede validarse.",
        message: "Falta el documento {document} ({title}).",
        hint: "Digitalice el documento a 300 ppp y guárdelo en la carpeta como {expected_name}.",
        examples: [
            .triggers("falta CURP.JPG", .absent("CURP")),
            .passes("CURP.JPG está en la carpeta", .page("CURP")),
        ]
    )

    func run(on inventory: Inventory, convocatoria: Convocatoria, perfil: String) -> [Finding.Located] {
        convocatoria.requiredKinds(for: perfil).compactMap { kind in
            guard !inventory.has(kind.kind) else { return nil }
            let expected = Inventory.expectedName(for: kind, limits: convocatoria.limits(for: kind))
            return Finding.Located(Finding(Self.definition, expected: expected, actual: "no está en la carpeta"), kind: kind, file: nil)
        }
    }
}
