/// A JPEG cut short: the bottom of the page is missing or grey.
struct IntegrityTruncatedCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .integrityTruncated, stage: .integrity,
        title: "Archivo completo",
        rationale: "Un JPEG al que le faltan bytes (descarga o copia interrumpida) se ve con la parte inferior gris o en blanco: el documento no es legible completo.",
        parameters: ["warning"],
        examples: ["CURP.JPG cortado al 60 %", "un JPEG completo: correcto"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard let decoded = document.decodedImage, decoded.truncated else { return [] }
        let warning = decoded.firstWarning ?? "Premature end of JPEG file"
        return [Finding(Self.definition, expected: "un JPEG completo", actual: "termina antes de tiempo (libjpeg: \(warning))", values: ["warning": warning])]
    }
}
