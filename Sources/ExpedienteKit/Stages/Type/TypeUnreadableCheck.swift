/// A file that cannot be opened or read.
struct TypeUnreadableCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .typeUnreadable, stage: .type,
        title: "Archivo legible",
        rationale: "Un archivo que no puede abrirse (permisos, error del disco) no podrá subirse ni revisarse.",
        message: "No se pudo leer «{file}»: {reason}.",
        hint: "Revise los permisos del archivo o cópielo de nuevo.",
        parameters: ["reason"],
        examples: [
            .triggers("CURP.JPG sin permiso de lectura", .unreadable("CURP")),
            .passes("CURP.JPG legible", .page("CURP")),
        ]
    )

    func run(on document: FileReading) -> [Finding] {
        guard case .failure(let unreadable) = document else { return [] }
        let reason = unreadable.reason
        return [Finding(Self.definition, expected: "un archivo legible", actual: reason, values: ["reason": reason])]
    }
}
