/// Text that barely stands out from the paper: a washed-out scan, a faded copy, brightness
/// set too high.
struct QualityLowContrastCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityLowContrast, stage: .quality,
        title: "Contraste bajo",
        rationale: "Un escaneo deslavado o muy claro hace ilegibles los datos, sellos y firmas aunque la hoja tenga contenido.",
        parameters: ["contrast", "min_contrast"],
        examples: ["CURP.JPG escaneada con el brillo al máximo", "una fotocopia desvanecida; no: texto negro o gris oscuro sobre papel blanco o gris"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard !document.isBlankPage, let (page, limits) = document.measuredQuality, let minimum = limits.minContrast,
              let contrast = page.contrast, contrast < minimum else { return [] }
        let measured = QualityFormat.level(contrast), required = QualityFormat.level(minimum)
        return [Finding(Self.definition, expected: ">= \(required) niveles entre texto y papel", actual: "\(measured) niveles",
                        values: ["contrast": measured, "min_contrast": required])]
    }
}
