/// Position 18 is not RENAPO's check digit of the first 17.
struct DataCURPCheckDigitCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: .dataCURPCheckDigit, stage: .data,
        title: "Dígito verificador de la CURP",
        rationale: "El último carácter se calcula con los 17 anteriores (pesos 18 a 2 sobre la tabla 0-9, A-N, Ñ, O-Z); uno distinto revela un error de captura.",
        message: "El dígito verificador de la CURP registrada «{curp}» es {found_digit}, pero con los 17 caracteres anteriores debe ser {expected_digit}: algún carácter está mal capturado.",
        hint: "Compare cada carácter con su constancia de https://www.gob.mx/curp (0 y O, 1 e I se confunden a menudo).",
        parameters: ["registro", "curp", "expected_digit", "found_digit"],
        examples: [
            .triggers("PEGL890909MJCRMS09 (el dígito correcto es 8)", .registro("curp: PEGL890909MJCRMS09\n")),
            .passes("PEGL890909MJCRMS08", .registro("curp: PEGL890909MJCRMS08\n")),
        ]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .checkDigit(let expected, let found) = problem else { return nil }
        return registroFinding(data, expected: String(expected), actual: String(found),
                               values: ["curp": curp, "expected_digit": String(expected), "found_digit": String(found)])
    }
}
