/// A JPEG whose header libjpeg cannot read: the image cannot be shown at all.
struct JPEGHeaderCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .jpegHeader, stage: .jpeg,
        title: "Encabezado JPEG legible",
        rationale: "Si el encabezado del JPEG está dañado o usa una variante que los navegadores no leen (12 bits, sin pérdida), el validador verá una imagen rota.",
        message: "La imagen «{file}» no se puede abrir: {reason}.",
        hint: "Escanee o exporte de nuevo el documento como JPEG estándar (8 bits, color o escala de grises).",
        parameters: ["reason"],
        examples: [
            .triggers("CURP.JPG cortado antes del primer fotograma", .page("CURP", PageRecipe(damage: .truncated(fraction: 0.001)))),
            .passes("un JPEG completo", .page("CURP")),
        ]
    )

    func run(on document: JPEGRead) -> [Finding] {
        guard case .failure(let error) = document.headerResult else { return [] }
        let reason = JPEGErrorText.header(error, document)
        return [Finding(Self.definition, expected: "un encabezado JPEG válido", actual: reason, values: ["reason": reason])]
    }
}
