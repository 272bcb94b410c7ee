/// Content that is not a JPEG whatever its name says (a PNG, PDF or HEIC renamed `.JPG`).
struct TypeNotJPEGCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .typeNotJPEG, stage: .type,
        title: "El contenido es JPEG",
        rationale: "La plataforma de la convocatoria recibe imágenes JPG; cambiar la extensión de un PNG, un PDF o una foto HEIC del iPhone no la convierte en JPEG y el sistema no podrá mostrarla.",
        message: "«{file}» no es una imagen JPEG: es {type} ({mime}).",
        hint: "Cambiar la extensión no convierte el archivo: abra el documento y expórtelo o escanéelo de nuevo como JPEG con el nombre {expected_name}.",
        parameters: ["type", "mime", "magic"],
        examples: [
            .triggers("una captura PNG renombrada CURP.JPG", .foreign(.png, of: "CURP")),
            .triggers("un PDF renombrado ACTANACIMIENTO.JPG", .foreign(.pdf, of: "ACTANACIMIENTO")),
            .passes("un JPEG de verdad", .page("CURP")),
        ]
    )

    func run(on document: FileReading) -> [Finding] {
        guard case .success(let file) = document, let content = file.content, !content.isJPEG, file.entry.size > 0 else { return [] }
        return [Finding(Self.definition, expected: "image/jpeg", actual: content.mime,
                        values: ["type": content.spanishName, "mime": content.mime, "magic": content.description])]
    }
}
