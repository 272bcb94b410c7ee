/// Text that barely stands out from the paper: a washed-out scan, a faded copy, brightness
/// set too high.
struct QualityLowContrastCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityLowContrast, stage: .quality,
        title: "Contraste bajo",
        rationale: "Un escaneo deslavado o muy claro hace ilegibles los datos, sellos y firmas aunque la hoja tenga contenido.",
        message: "El contenido de {document} se ve muy claro o deslavado: entre el texto y el papel hay {contrast} niveles de diferencia (mínimo {min_contrast}).",
        hint: "Escanee de nuevo con el brillo normal (sin «aclarar») o desde el documento original, no desde una copia desvanecida.",
        parameters: ["contrast", "min_contrast"],
        examples: [
            .triggers("SOLICITUD.JPG deslavada (15 % del contraste)", .page("SOLICITUD", PageRecipe(defects: [.contrast(factor: 0.15)]))),
            .passes("texto negro sobre papel blanco", .page("SOLICITUD")),
        ]
    )

    func run(on document: PageMeasure) -> [Finding] {
        let (page, limits) = (document.page, document.thresholds)
        guard !document.isBlankPage, let minimum = limits.minContrast,
              let contrast = page.contrast, contrast < minimum else { return [] }
        let measured = QualityFormat.level(contrast), required = QualityFormat.level(minimum)
        return [Finding(Self.definition, expected: ">= \(required) niveles entre texto y papel", actual: "\(measured) niveles",
                        values: ["contrast": measured, "min_contrast": required])]
    }
}
