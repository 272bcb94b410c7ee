/// A document that should carry a QR code in which none could be read.
struct QRMissingCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qrMissing, stage: .qr,
        title: "Código QR legible",
        rationale: "La constancia ENARM es digital con código QR, y el título y la cédula electrónicos deben tener el QR legible: si no se lee, el validador no puede verificar el documento.",
        parameters: ["module_px", "min_module_px", "module_note"],
        examples: ["PUNTAJENARM.JPG sin QR o con el QR borroso", "CEDULA.JPG en formato credencial (sin QR): aviso",
                   "solo dos cuadros de posición visibles, de 2 px por módulo: el mensaje lo dice"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard let rule = document.kind.qr, rule.presence != .none, let codes = document.qrCodes, codes.isEmpty,
              !document.qrSeenButUnreadable
        else { return [] }
        let size = document.qrScan?.candidateModuleSize
        return [Finding(Self.definition, expected: "un código QR legible", actual: "ningún código QR legible",
                        values: QRModuleNote.values(moduleSize: size, rule: rule))]
    }
}
