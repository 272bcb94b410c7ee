/// Positions 5-10 (with the century of position 17) are not a real, past date.
struct DataCURPDateCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: .dataCURPDate, stage: .data,
        title: "Fecha de nacimiento de la CURP",
        rationale: "Los caracteres 5 a 10 son la fecha de nacimiento AAMMDD; el 17 dice el siglo (dígito: 1900, letra: 2000).",
        parameters: ["registro", "curp", "reason"],
        examples: ["PEGL891313MJCRMS06 (mes 13)", "…890230… (30 de febrero)"]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .date(let reason) = problem else { return nil }
        return registroFinding(data, expected: "una fecha real", actual: String(Array(curp)[4...9]), values: ["curp": curp, "reason": reason])
    }
}
