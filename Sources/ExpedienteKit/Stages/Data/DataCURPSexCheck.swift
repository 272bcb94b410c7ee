/// Position 11 is not H, M or X.
struct DataCURPSexCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: .dataCURPSex, stage: .data,
        title: "Sexo de la CURP",
        rationale: "El carácter 11 de la CURP es H (hombre), M (mujer) o X (no binario).",
        message: "La CURP registrada «{curp}» tiene un sexo inválido: {reason}.",
        hint: "Copie la CURP exactamente como aparece en su constancia de https://www.gob.mx/curp.",
        parameters: ["registro", "curp", "reason"],
        examples: [
            .triggers("PEGL890909QJCRMS08 (Q no es un sexo)", .registro("curp: PEGL890909QJCRMS08\n")),
            .passes("PEGL890909MJCRMS08 (M)", .registro("curp: PEGL890909MJCRMS08\n")),
        ]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .sex(let reason) = problem else { return nil }
        return registroFinding(data, expected: "H, M o X", actual: String(Array(curp)[10]), values: ["curp": curp, "reason": reason])
    }
}
