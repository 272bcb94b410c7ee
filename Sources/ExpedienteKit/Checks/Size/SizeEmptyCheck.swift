/// A file of zero bytes.
struct SizeEmptyCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .sizeEmpty, stage: .size,
        title: "Archivo vacío",
        rationale: "Un archivo de 0 bytes no contiene el documento: suele quedar así cuando una descarga o una copia falla.",
        examples: ["CURP.JPG de 0 bytes"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard document.entry.size == 0, document.readError == nil else { return [] }
        return [Finding(Self.definition, expected: "> 0 bytes", actual: "0 bytes")]
    }
}
