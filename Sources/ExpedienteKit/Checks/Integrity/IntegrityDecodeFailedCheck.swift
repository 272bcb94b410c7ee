/// A JPEG whose header reads but whose image data cannot be decoded at all.
struct IntegrityDecodeFailedCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .integrityDecodeFailed, stage: .integrity,
        title: "La imagen se puede decodificar",
        rationale: "Si la imagen no puede decodificarse completa, el validador no podrá verla.",
        parameters: ["reason"],
        examples: ["datos de imagen destruidos", "una imagen que excede los límites de seguridad"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        let reason: String
        if document.imageCutByReadLimit, document.jpegHeader != nil {
            reason = JPEGErrorText.readLimit(document)
        } else if case .failure(let error) = document.decoded {
            reason = JPEGErrorText.decode(error, document)
        } else {
            return []
        }
        return [Finding(Self.definition, expected: "una imagen decodificable", actual: reason, values: ["reason": reason])]
    }
}
