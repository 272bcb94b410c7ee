/// A QR whose content does not have the shape the rule file expects.
struct QRPatternCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qrPattern, stage: .qr,
        title: "Contenido esperado del QR",
        rationale: "El contenido de los QR de los documentos mexicanos no está publicado; si no tiene la forma habitual conviene revisarlo, pero no es motivo de observación.",
        severity: .aviso,
        message: "El código QR de {document} no tiene la forma esperada ({pattern_description}): «{payload}».",
        hint: "Verifique que escaneó el documento correcto; el validador revisará el QR.",
        parameters: ["payload", "pattern_description"],
        examples: [
            .triggers("un QR de CEDULA.JPG que lleva a una tienda en línea", .page("CEDULA", PageRecipe(qr: .text("https://tienda.example.com/oferta?id=42")))),
            .passes("el QR de la cédula electrónica de la SEP", .page("CEDULA")),
        ],
        maxSeverity: .aviso
    )

    func run(on document: QRRead) -> [Finding] {
        let rule = document.rule
        guard rule.pattern != nil, case let codes = document.scan.codes, !codes.isEmpty,
              !codes.contains(where: { rule.matches($0.text) })
        else { return [] }
        let payload = codes[0].text
        let shown = payload.count > 120 ? String(payload.prefix(117)) + "…" : payload
        let description = rule.patternDescription ?? rule.pattern ?? ""
        return [Finding(Self.definition, expected: description, actual: shown,
                        values: ["payload": shown, "pattern_description": description])]
    }
}
