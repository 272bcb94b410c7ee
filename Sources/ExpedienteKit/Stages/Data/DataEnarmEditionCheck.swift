/// The registered ENARM edition is not a numeral or not one the call admits.
struct DataEnarmEditionCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataEnarmEdition, stage: .data,
        title: "Edición del ENARM",
        rationale: "La convocatoria ENARM es solo para seleccionados de su edición; en la CER la edición decide qué constancia se presenta.",
        message: "Edición del ENARM registrada «{edition}»: {reason}.",
        hint: "Registre la edición en números romanos, tal como dice su constancia.",
        parameters: ["registro", "edition", "reason"],
        examples: [
            .triggers("edicion_enarm: XLVII en la convocatoria del XLVIII", .registro("edicion_enarm: XLVII\n")),
            .triggers("edicion_enarm: XLVX (no es un número romano)", .registro("edicion_enarm: XLVX\n")),
            .passes("edicion_enarm: XLVIII", .registro("edicion_enarm: XLVIII\n")),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let edition = data.registro?.edicionENARM else { return [] }
        guard let number = RomanNumeral.value(of: edition) else {
            return [registroFinding(data, expected: "un número romano (p. ej. XLVIII)", actual: edition,
                                    values: ["edition": edition, "reason": "«\(edition)» no es un número romano"])]
        }
        guard let range = data.convocatoria.file.registro?.enarm else { return [] }
        let shown = RomanNumeral.numeral(number)
        let expected = range.min != nil && range.min == range.max
            ? "del \(range.min!)"
            : [range.min.map { "desde el \($0)" }, range.max.map { "hasta el \($0)" }].compactMap { $0 }.joined(separator: " ")
        if let min = range.minValue, number < min {
            return [registroFinding(data, expected: expected, actual: shown,
                                    values: ["edition": shown, "reason": "esta convocatoria es para seleccionados \(expected)"])]
        }
        if let max = range.maxValue, number > max {
            return [registroFinding(data, expected: expected, actual: shown,
                                    values: ["edition": shown, "reason": "esta convocatoria es para seleccionados \(expected)"])]
        }
        return []
    }
}
