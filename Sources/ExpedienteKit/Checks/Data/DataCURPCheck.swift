/// The CURP checks share one validation; each reports one kind of problem.
protocol DataCURPCheck: DataCheck {
    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located?
}

extension DataCURPCheck {
    func run(on data: DataContext) -> [Finding.Located] {
        guard let curp = data.registeredCURP else { return [] }
        return CURP(curp).problems().compactMap { finding(for: $0, curp: curp, data: data) }
    }
}

/// Not 18 characters of the CURP's shape.
struct DataCURPStructureCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: "data.curp_structure",
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

/// Positions 12-13 are not a RENAPO state code (NE: born abroad).
struct DataCURPStateCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: "data.curp_state",
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

/// Position 11 is not H, M or X.
struct DataCURPSexCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: "data.curp_sex",
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

/// Positions 5-10 (with the century of position 17) are not a real, past date.
struct DataCURPDateCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: "data.curp_date",
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

/// Position 18 is not RENAPO's check digit of the first 17.
struct DataCURPCheckDigitCheck: DataCURPCheck {
    static let definition = CheckDefinition(
        id: "data.curp_check_digit",
        title: "Dígito verificador de la CURP",
        rationale: "El último carácter se calcula con los 17 anteriores (pesos 18 a 2 sobre la tabla 0-9, A-N, Ñ, O-Z); uno distinto revela un error de captura.",
        parameters: ["registro", "curp", "expected_digit", "found_digit"],
        examples: ["PEGL890909MJCRMS09 (el dígito correcto es 8)"]
    )

    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located? {
        guard case .checkDigit(let expected, let found) = problem else { return nil }
        return registroFinding(data, expected: String(expected), actual: String(found),
                               values: ["curp": curp, "expected_digit": String(expected), "found_digit": String(found)])
    }
}
