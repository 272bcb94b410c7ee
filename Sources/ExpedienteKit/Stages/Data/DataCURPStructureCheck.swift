/// Not 18 characters of the CURP's shape.
struct DataCURPStructureCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: .dataCURPStructure, stage: .data,
        title: "Estructura de la CURP",
        rationale: "La CURP tiene 18 caracteres: 4 letras, la fecha AAMMDD, el sexo, la entidad, 3 consonantes, la homoclave y el dígito verificador.",
        message: "La CURP registrada «{curp}» no tiene la forma de una CURP: {reason}.",
        hint: "Copie la CURP exactamente como aparece en su constancia de https://www.gob.mx/curp (18 caracteres).",
        parameters: ["registro", "curp", "reason"],
        examples: [
            .triggers("PEGL89090MJCRMS08 (17 caracteres)", .registro("curp: PEGL89090MJCRMS08\n")),
            .passes("PEGL890909MJCRMS08", .registro("curp: PEGL890909MJCRMS08\n")),
        ]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .structure(let reason) = problem else { return nil }
        return registroFinding(data, expected: "AAAA999999XAAAAAA9", actual: curp, values: ["curp": curp, "reason": reason])
    }
}
