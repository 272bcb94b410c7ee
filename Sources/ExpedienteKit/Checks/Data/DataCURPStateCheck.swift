/// Positions 12-13 are not a RENAPO state code (NE: born abroad).
struct DataCURPStateCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: .dataCURPState, stage: .data,
        title: "Entidad de nacimiento de la CURP",
        rationale: "Los caracteres 12 y 13 son la entidad de nacimiento en las claves de RENAPO (NE para quien nació en el extranjero).",
        parameters: ["registro", "curp", "reason"],
        examples: ["PEGL890909MQQRMS02 (QQ no es una entidad)", "…MNERMS… es válida: nacido en el extranjero"]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .state(let reason) = problem else { return nil }
        return registroFinding(data, expected: "clave de entidad de RENAPO", actual: String(Array(curp)[11...12]), values: ["curp": curp, "reason": reason])
    }
}
