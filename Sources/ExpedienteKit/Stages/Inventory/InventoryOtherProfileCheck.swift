/// A document that only other participant profiles present (`BT09` in the folder of an
/// applicant registered as `todos`): either the profile is wrong or the file is not needed.
struct InventoryOtherProfileCheck: FolderCheck {
    static let definition = CheckDefinition(
        id: .inventoryOtherProfile, stage: .inventory,
        title: "Documento de otro perfil",
        rationale: "Cada perfil de participante presenta sus propios documentos; un documento de otro perfil indica que el perfil registrado no es el del aspirante o que el archivo sobra.",
        severity: .aviso,
        message: "«{file}» es {title}, que solo presentan: {perfiles}; el perfil en revisión ({perfil}) no lo pide.",
        hint: "Si le corresponde ese perfil, regístrelo (perfil en REGISTRO.yaml, o --perfil); si no, quite el archivo de la carpeta.",
        parameters: ["perfiles", "perfil"],
        examples: [
            .triggers("BT09.JPG de un aspirante con perfil todos", .page("BT09")),
            .passes("BT09.JPG de un trabajador IMSS", .registro("perfil: trabajador-imss\n", pages: ["BT09": PageRecipe()])),
        ],
        maxSeverity: .aviso
    )

    func run(on inventory: Inventory, convocatoria: Convocatoria, perfil: String) -> [Finding.Located] {
        let applicable = convocatoria.applicablePerfiles(perfil)
        return inventory.documents.compactMap { item in
            guard let kind = item.kind, !kind.requiredFor.isEmpty, applicable.isDisjoint(with: kind.requiredFor) else { return nil }
            let others = kind.requiredFor.map { convocatoria.perfil($0)?.title ?? $0 }.joined(separator: ", ")
            let current = convocatoria.perfilTitle(perfil)
            return Finding.Located(Finding(Self.definition, expected: "documentos del perfil \(current)", actual: kind.kind,
                                           values: ["perfiles": others, "perfil": current]),
                                   kind: kind, file: item.entry.relativePath)
        }
    }
}
