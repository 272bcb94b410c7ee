/// Entropy-coded data that libjpeg had to skip or repair: parts of the image are garbled.
struct IntegrityCorruptCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .integrityCorrupt, stage: .integrity,
        title: "Datos de imagen íntegros",
        rationale: "Si libjpeg encuentra datos dañados al decodificar, partes de la imagen se ven con franjas o bloques de colores y el documento puede no ser legible.",
        parameters: ["warning", "warnings"],
        examples: ["bytes sobrescritos a mitad de la imagen", "un JPEG íntegro: correcto"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard let decoded = document.decodedImage, decoded.corrupt, !decoded.truncated else { return [] }
        let warning = decoded.firstWarning ?? "Corrupt JPEG data"
        return [Finding(Self.definition, expected: "0 advertencias de libjpeg", actual: "\(decoded.warningCount) advertencia(s): \(warning)",
                        values: ["warning": warning, "warnings": String(decoded.warningCount)])]
    }
}
