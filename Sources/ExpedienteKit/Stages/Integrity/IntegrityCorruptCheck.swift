/// Entropy-coded data that libjpeg had to skip or repair: parts of the image are garbled.
struct IntegrityCorruptCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .integrityCorrupt, stage: .integrity,
        title: "Datos de imagen íntegros",
        rationale: "Si libjpeg encuentra datos dañados al decodificar, partes de la imagen se ven con franjas o bloques de colores y el documento puede no ser legible.",
        message: "La imagen tiene datos dañados ({warnings} advertencia(s) de libjpeg: {warning}); partes del documento pueden verse alteradas.",
        hint: "Vuelva a escanear o exportar el documento.",
        parameters: ["warning", "warnings"],
        examples: [
            .triggers("bytes sobrescritos a mitad de la imagen", .page("CERTIFICADO", PageRecipe(damage: .corruptedScan(bytes: 48)))),
            .passes("un JPEG íntegro", .page("CERTIFICADO")),
        ]
    )

    func run(on document: DecodeAttempt) -> [Finding] {
        guard let decoded = document.decodedImage, decoded.corrupt, !decoded.truncated else { return [] }
        let warning = decoded.firstWarning ?? "Corrupt JPEG data"
        return [Finding(Self.definition, expected: "0 advertencias de libjpeg", actual: "\(decoded.warningCount) advertencia(s): \(warning)",
                        values: ["warning": warning, "warnings": String(decoded.warningCount)])]
    }
}
