/// Not 18 characters of the CURP's shape.
struct DataCURPStructureCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: .dataCURPStructure, stage: .data,
        title: "Estructura de la CURP",
        rationale: "La CURP tiene 18 caracteres: 4 letras, la fecha AAMMDD, el sexo, la entidad, 3 consonantes, la homoclave y el dígito verificador.",
        parameters: ["registro", "curp", "reason"],
        examples: ["PEGL89090MJCRMS08 (17 caracteres)", "BACA890909MJCRMS05 (palabra que RENAPO no asigna)"]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .structure(let reason) = problem else { return nil }
        return registroFinding(data, expected: "AAAA999999XAAAAAA9", actual: curp, values: ["curp": curp, "reason": reason])
    }
}
