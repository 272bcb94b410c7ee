/// A selection before the edition from which the constancia is digital: the QR is not
/// looked for, and the applicant presents a certified copy, which a scan cannot prove.
struct DataEnarmConstanciaCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataEnarmConstancia, stage: .data,
        title: "Constancia ENARM anterior a la digital",
        rationale: "Desde el XLV ENARM la constancia de seleccionado es digital con código QR; antes, se presenta copia certificada por la institución que la recibió.",
        parameters: ["registro", "edition", "from"],
        examples: ["edicion_enarm: XLIV: sin QR, copia certificada"],
        maxSeverity: .aviso
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let edition = data.registro?.edicionNumber else { return [] }
        return data.convocatoria.kinds.compactMap { kind in
            guard let from = kind.qr?.requiredFromEdition, let fromValue = RomanNumeral.value(of: from), edition < fromValue else { return nil }
            let file = data.documents(of: kind.kind).first?.file
            let shown = RomanNumeral.numeral(edition)
            return Finding.Located(Finding(Self.definition, expected: "copia certificada", actual: "selección \(shown)",
                                           values: ["registro": data.registroLabel, "edition": shown, "from": from]),
                                   kind: kind, file: file)
        }
    }
}
