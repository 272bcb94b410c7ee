/// Positions 12-13 are not a RENAPO state code (NE: born abroad).
struct DataCURPStateCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: .dataCURPState, stage: .data,
        title: "Entidad de nacimiento de la CURP",
        rationale: "Los caracteres 12 y 13 son la entidad de nacimiento en las claves de RENAPO (NE para quien nació en el extranjero).",
        message: "La CURP registrada «{curp}» tiene una entidad de nacimiento inválida: {reason}.",
        hint: "Copie la CURP exactamente como aparece en su constancia de https://www.gob.mx/curp.",
        parameters: ["registro", "curp", "reason"],
        examples: [
            .triggers("PEGL890909MQQRMS02 (QQ no es una entidad)", .registro("curp: PEGL890909MQQRMS02\n")),
            .passes("PEGL890909MJCRMS08 (JC: Jalisco)", .registro("curp: PEGL890909MJCRMS08\n")),
        ]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .state(let reason) = problem else { return nil }
        return registroFinding(data, expected: "clave de entidad de RENAPO", actual: String(Array(curp)[11...12]), values: ["curp": curp, "reason": reason])
    }
}
