/// Positions 5-10 (with the century of position 17) are not a real, past date.
struct DataCURPDateCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: .dataCURPDate, stage: .data,
        title: "Fecha de nacimiento de la CURP",
        rationale: "Los caracteres 5 a 10 son la fecha de nacimiento AAMMDD; el 17 dice el siglo (dígito: 1900, letra: 2000).",
        message: "La CURP registrada «{curp}» tiene una fecha de nacimiento inválida: {reason}.",
        hint: "Copie la CURP exactamente como aparece en su constancia de https://www.gob.mx/curp.",
        parameters: ["registro", "curp", "reason"],
        examples: [
            .triggers("PEGL891313MJCRMS06 (mes 13)", .registro("curp: PEGL891313MJCRMS06\n")),
            .passes("PEGL890909MJCRMS08 (9 de septiembre de 1989)", .registro("curp: PEGL890909MJCRMS08\n")),
        ]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .date(let reason) = problem else { return nil }
        return registroFinding(data, expected: "una fecha real", actual: String(Array(curp)[4...9]), values: ["curp": curp, "reason": reason])
    }
}
