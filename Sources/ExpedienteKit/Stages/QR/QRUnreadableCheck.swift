/// A QR code that is visibly there (its three finder squares) but cannot be decoded.
struct QRUnreadableCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qrUnreadable, stage: .qr,
        title: "Código QR presente pero ilegible",
        rationale: "Si el documento tiene un código QR que no se puede leer (manchado, doblado, borroso o recortado), el validador no puede verificarlo; en el título y la cédula electrónicos la convocatoria pide que el QR sea legible.",
        message: "{document} tiene un código QR, pero no se puede leer.{module_note}",
        hint: "Escanee de nuevo el documento original a 300 ppp, sin manchas, dobleces ni recortes sobre el código QR.",
        parameters: ["module_px", "min_module_px", "module_note"],
        examples: [
            .triggers("CEDULA.JPG con el QR manchado", .page("CEDULA", PageRecipe(qr: .smudged))),
            .passes("CEDULA.JPG con su QR legible", .page("CEDULA")),
        ]
    )

    func run(on document: QRRead) -> [Finding] {
        let rule = document.rule
        guard document.scan.seenButUnreadable else { return [] }
        let size = document.scan.candidateModuleSize
        let actual = QRModuleNote.isSmall(size, rule: rule)
            ? "un código QR que no se puede decodificar (\(QRCode.formatModuleSize(size!)) px por módulo)"
            : "un código QR que no se puede decodificar"
        return [Finding(Self.definition, expected: "un código QR legible", actual: actual,
                        values: QRModuleNote.values(moduleSize: size, rule: rule))]
    }
}
