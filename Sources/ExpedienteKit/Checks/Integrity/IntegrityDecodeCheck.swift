/// A JPEG whose header reads but whose image data cannot be decoded at all.
struct IntegrityDecodeCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: "integrity.decode_failed",
        title: "La imagen se puede decodificar",
        rationale: "Si la imagen no puede decodificarse completa, el validador no podrá verla.",
        parameters: ["reason"],
        examples: ["datos de imagen destruidos", "una imagen que excede los límites de seguridad"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard case .failure(let error) = document.decoded else { return [] }
        let reason = JPEGErrorText.spanish(error)
        return [Finding(Self.definition, expected: "una imagen decodificable", actual: reason, values: ["reason": reason])]
    }
}
