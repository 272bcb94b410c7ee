/// A JPEG with arithmetic entropy coding, which most browsers and viewers cannot decode.
struct JPEGArithmeticCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .jpegArithmetic, stage: .jpeg,
        title: "Codificación Huffman",
        rationale: "La codificación aritmética es parte del estándar JPEG pero casi ningún navegador la decodifica: el validador vería una imagen rota.",
        message: "La imagen usa codificación aritmética, que la mayoría de los navegadores no puede mostrar.",
        hint: "Guarde el JPEG de nuevo con las opciones estándar (codificación Huffman).",
        examples: [
            .triggers("un JPEG con codificación aritmética", .page("SERVICIOSOCIAL", PageRecipe(arithmetic: true))),
            .passes("JPEG estándar (Huffman)", .page("SERVICIOSOCIAL")),
        ]
    )

    func run(on document: JPEGRead) -> [Finding] {
        guard let header = document.jpegHeader, header.arithmetic else { return [] }
        return [Finding(Self.definition, expected: "codificación Huffman", actual: "codificación aritmética")]
    }
}
