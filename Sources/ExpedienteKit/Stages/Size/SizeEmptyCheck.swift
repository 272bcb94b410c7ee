/// A file of zero bytes.
struct SizeEmptyCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .sizeEmpty, stage: .size,
        title: "Archivo vacío",
        rationale: "Un archivo de 0 bytes no contiene el documento: suele quedar así cuando una descarga o una copia falla.",
        message: "«{file}» está vacío (0 bytes).",
        hint: "Vuelva a escanear o copiar el documento {document}.",
        examples: [
            .triggers("CURP.JPG de 0 bytes", .foreign(.empty, of: "CURP")),
            .passes("CURP.JPG con su imagen", .page("CURP")),
        ]
    )

    func run(on document: FileRead) -> [Finding] {
        guard document.entry.size == 0 else { return [] }
        return [Finding(Self.definition, expected: "> 0 bytes", actual: "0 bytes")]
    }
}
