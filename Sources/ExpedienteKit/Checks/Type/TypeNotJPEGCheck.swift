/// Content that is not a JPEG whatever its name says (a PNG, PDF or HEIC renamed `.JPG`).
struct TypeNotJPEGCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .typeNotJPEG, stage: .type,
        title: "El contenido es JPEG",
        rationale: "La convocatoria pide imágenes JPG; cambiar la extensión de un PNG, un PDF o una foto HEIC del iPhone no la convierte en JPEG y el sistema no podrá mostrarla.",
        parameters: ["type", "mime", "magic"],
        examples: ["una captura PNG renombrada CURP.JPG", "un PDF renombrado ACTANACIMIENTO.JPG"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard let content = document.content, !content.isJPEG, document.entry.size > 0 else { return [] }
        return [Finding(Self.definition, expected: "image/jpeg", actual: content.mime,
                        values: ["type": content.spanishName, "mime": content.mime, "magic": content.description])]
    }
}
