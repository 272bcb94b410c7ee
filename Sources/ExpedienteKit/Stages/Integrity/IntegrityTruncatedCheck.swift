/// A JPEG cut short: the bottom of the page is missing or grey.
struct IntegrityTruncatedCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .integrityTruncated, stage: .integrity,
        title: "Archivo completo",
        rationale: "Un JPEG al que le faltan bytes (descarga o copia interrumpida) se ve con la parte inferior gris o en blanco: el documento no es legible completo.",
        message: "El archivo está incompleto: la imagen termina antes de tiempo y la parte inferior no se verá.",
        hint: "Copie o descargue de nuevo el archivo original, o vuelva a escanear el documento.",
        parameters: ["warning"],
        examples: [
            .triggers("CURP.JPG cortado al 60 %", .page("CURP", PageRecipe(damage: .truncated(fraction: 0.6)))),
            .passes("un JPEG completo", .page("CURP")),
        ]
    )

    func run(on document: DecodeAttempt) -> [Finding] {
        guard let decoded = document.decodedImage, decoded.truncated else { return [] }
        let warning = decoded.firstWarning ?? "Premature end of JPEG file"
        return [Finding(Self.definition, expected: "un JPEG completo", actual: "termina antes de tiempo (libjpeg: \(warning))", values: ["warning": warning])]
    }
}
