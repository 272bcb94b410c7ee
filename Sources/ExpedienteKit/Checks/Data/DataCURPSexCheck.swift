/// Position 11 is not H, M or X.
struct DataCURPSexCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: .dataCURPSex, stage: .data,
        title: "Sexo de la CURP",
        rationale: "El carácter 11 de la CURP es H (hombre), M (mujer) o X (no binario).",
        parameters: ["registro", "curp", "reason"],
        examples: ["PEGL890909QJCRMS08"]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .sex(let reason) = problem else { return nil }
        return registroFinding(data, expected: "H, M o X", actual: String(Array(curp)[10]), values: ["curp": curp, "reason": reason])
    }
}
