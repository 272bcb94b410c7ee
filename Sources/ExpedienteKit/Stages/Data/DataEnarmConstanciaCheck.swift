/// A selection before the edition from which the constancia is digital: the QR is not
/// looked for, and the applicant presents a certified copy, which a scan cannot prove.
struct DataEnarmConstanciaCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataEnarmConstancia, stage: .data,
        title: "Constancia ENARM anterior a la digital",
        rationale: "Desde el XLV ENARM la constancia de seleccionado es digital con código QR; antes, se presenta copia certificada por la institución que la recibió.",
        severity: .aviso,
        message: "Su selección en el ENARM {edition} es anterior al {from}: en lugar de la constancia digital con QR se presenta copia certificada, y la herramienta no busca el QR.",
        hint: "Adjunte la copia certificada por la institución donde entregó la constancia de seleccionado.",
        parameters: ["registro", "edition", "from"],
        examples: [
            .triggers("edicion_enarm: XLIV: copia certificada, sin QR", .registro("convocatoria: cer-2026-2027\nedicion_enarm: XLIV\n"), convocatoria: "cer-2026-2027"),
            .passes("edicion_enarm: XLVI: constancia digital con QR", .registro("convocatoria: cer-2026-2027\nedicion_enarm: XLVI\n"), convocatoria: "cer-2026-2027"),
        ],
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
