/// A document the applicant's profile must present that is not in the folder.
struct InventoryMissingCheck: FolderCheck {
    static let definition = CheckDefinition(
        id: .inventoryMissing, stage: .inventory,
        title: "Documento faltante",
        rationale: "El expediente electrónico se integra con todos los documentos de la tabla que corresponden al tipo de participante; sin uno de ellos no puede validarse.",
        examples: ["Falta CURP.JPG", "Un trabajador IMSS sin BT09.JPG"]
    )

    func run(on inventory: Inventory, convocatoria: Convocatoria, perfil: String) -> [Finding.Located] {
        convocatoria.requiredKinds(for: perfil).compactMap { kind in
            guard inventory.items(of: kind.kind).isEmpty else { return nil }
            let expected = Inventory.expectedName(for: kind, limits: convocatoria.limits(for: kind))
            return Finding.Located(Finding(Self.definition, expected: expected, actual: "no está en la carpeta"), kind: kind, file: nil)
        }
    }
}
