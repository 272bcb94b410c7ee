/// A JPEG in CMYK or YCCK, the print colour spaces.
struct JPEGColorSpaceCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .jpegColorSpace, stage: .jpeg,
        title: "Color o escala de grises",
        rationale: "Los documentos se digitalizan en color o en blanco y negro; un JPEG en CMYK o YCCK (de programas de imprenta) se ve con colores invertidos o no se ve en la vista previa del navegador.",
        message: "La imagen está en {color_space}; debe estar en color o en escala de grises.",
        hint: "Guarde el JPEG en modo RGB o escala de grises (no CMYK) desde su programa de escaneo o edición.",
        parameters: ["color_space"],
        examples: [
            .triggers("ACTANACIMIENTO.JPG guardado en CMYK", .page("ACTANACIMIENTO", PageRecipe(cmyk: true))),
            .passes("JPEG en color (YCbCr)", .page("ACTANACIMIENTO", PageRecipe(color: true))),
        ]
    )

    func run(on document: JPEGRead) -> [Finding] {
        guard let header = document.jpegHeader, !header.colorSpace.isColorOrGray else { return [] }
        let name = header.colorSpace == .ycck ? "YCCK (CMYK)" : header.colorSpace.rawValue.uppercased()
        return [Finding(Self.definition, expected: "color (RGB/YCbCr) o escala de grises", actual: name, values: ["color_space": name])]
    }
}
