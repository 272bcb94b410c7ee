/// The applicant data names a participant profile the call does not have.
struct DataPerfilCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataPerfil, stage: .data,
        title: "Perfil de participante desconocido",
        rationale: "Los documentos obligatorios dependen del tipo de participante que la convocatoria distingue; un perfil desconocido no dice cuáles pedir.",
        message: "El perfil «{perfil}» que dicen {registro} no existe en esta convocatoria; se admiten: {known}.",
        hint: "Registre el tipo de participante con uno de: {known}.",
        parameters: ["registro", "perfil", "known"],
        examples: [
            .triggers("perfil: jubilado", .registro("perfil: jubilado\n")),
            .passes("perfil: trabajador-imss", .registro("perfil: trabajador-imss\n")),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let registro = data.registro else { return [] }
        let known = data.convocatoria.file.perfiles.map(\.id).joined(separator: ", ")
        return registro.perfil.filter { data.convocatoria.perfil($0) == nil }.map { perfil in
            registroFinding(data, expected: known, actual: perfil, values: ["perfil": perfil, "known": known])
        }
    }
}
