/// A JPEG in CMYK or YCCK, the print colour spaces.
struct JPEGColorSpaceCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .jpegColorSpace, stage: .jpeg,
        title: "Color o escala de grises",
        rationale: "La tabla admite imágenes «color o blanco y negro»; un JPEG en CMYK o YCCK (de programas de imprenta) se ve con colores invertidos o no se ve en la vista previa del navegador.",
        parameters: ["color_space"],
        examples: ["ACTANACIMIENTO.JPG guardado en CMYK desde un programa de diseño", "JPEG en color (YCbCr) o gris: correcto"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard let header = document.jpegHeader, !header.colorSpace.isColorOrGray else { return [] }
        let name = header.colorSpace == .ycck ? "YCCK (CMYK)" : header.colorSpace.rawValue.uppercased()
        return [Finding(Self.definition, expected: "color (RGB/YCbCr) o escala de grises", actual: name, values: ["color_space": name])]
    }
}
