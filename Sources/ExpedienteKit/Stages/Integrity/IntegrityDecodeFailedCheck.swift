/// A JPEG whose header reads but whose image data cannot be decoded at all.
struct IntegrityDecodeFailedCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .integrityDecodeFailed, stage: .integrity,
        title: "La imagen se puede decodificar",
        rationale: "Si la imagen no puede decodificarse completa, el validador no podrá verla.",
        message: "La imagen no se puede decodificar: {reason}.",
        hint: "Escanee o exporte de nuevo el documento como JPEG.",
        parameters: ["reason"],
        examples: [
            .triggers("sin tablas de cuantización: el encabezado se lee, la imagen no", .page("CURP", PageRecipe(damage: .withoutQuantisationTables))),
            .passes("un JPEG íntegro", .page("CURP")),
        ]
    )

    func run(on document: DecodeAttempt) -> [Finding] {
        let reason: String
        if document.imageCutByReadLimit, document.jpegHeader != nil {
            reason = JPEGErrorText.readLimit(document.jpeg)
        } else if case .failure(let error) = document.decoded {
            reason = JPEGErrorText.decode(error, document.jpeg)
        } else {
            return []
        }
        return [Finding(Self.definition, expected: "una imagen decodificable", actual: reason, values: ["reason": reason])]
    }
}
