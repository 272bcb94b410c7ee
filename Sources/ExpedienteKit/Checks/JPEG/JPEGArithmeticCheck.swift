/// A JPEG with arithmetic entropy coding, which most browsers and viewers cannot decode.
struct JPEGArithmeticCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .jpegArithmetic, stage: .jpeg,
        title: "Codificación Huffman",
        rationale: "La codificación aritmética es parte del estándar JPEG pero casi ningún navegador la decodifica: el validador vería una imagen rota.",
        examples: ["un JPEG guardado con codificación aritmética", "JPEG estándar (Huffman), base o progresivo: correcto"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard let header = document.jpegHeader, header.arithmetic else { return [] }
        return [Finding(Self.definition, expected: "codificación Huffman", actual: "codificación aritmética")]
    }
}
