/// A file that cannot be opened or read.
struct TypeUnreadableCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .typeUnreadable, stage: .type,
        title: "Archivo legible",
        rationale: "Un archivo que no puede abrirse (permisos, error del disco) no podrá subirse ni revisarse.",
        parameters: ["reason"],
        examples: ["un archivo sin permiso de lectura"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard let reason = document.readError else { return [] }
        return [Finding(Self.definition, expected: "un archivo legible", actual: reason, values: ["reason": reason])]
    }
}
