/// A document that should carry a QR code in which none could be read.
struct QRMissingCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qrMissing, stage: .qr,
        title: "Código QR legible",
        rationale: "La constancia ENARM es digital con código QR, y el título y la cédula electrónicos deben tener el QR legible: si no se lee, el validador no puede verificar el documento.",
        message: "No se encontró un código QR legible en {document}.{module_note}",
        hint: "Escanee el documento completo a 300 ppp, sin recortar ni doblar el código QR.",
        parameters: ["module_px", "min_module_px", "module_note"],
        examples: [
            .triggers("PUNTAJENARM.JPG sin QR", .page("PUNTAJENARM", PageRecipe(qr: .none))),
            .triggers("TITULO1.JPG impreso, sin QR: aviso", .page("TITULO1", PageRecipe(qr: .none))),
            .passes("PUNTAJENARM.JPG con su QR", .page("PUNTAJENARM")),
        ]
    )

    func run(on document: QRRead) -> [Finding] {
        let rule = document.rule
        guard case let codes = document.scan.codes, codes.isEmpty,
              !document.scan.seenButUnreadable
        else { return [] }
        let size = document.scan.candidateModuleSize
        return [Finding(Self.definition, expected: "un código QR legible", actual: "ningún código QR legible",
                        values: QRModuleNote.values(moduleSize: size, rule: rule))]
    }
}
