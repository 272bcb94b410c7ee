/// A page whose paper comes out dark: scanned with the lid open, underexposed photo.
struct QualityDarkCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityDark, stage: .quality,
        title: "Imagen demasiado oscura",
        rationale: "Con el fondo oscuro el texto se confunde con el papel y el validador no puede leerlo.",
        parameters: ["background", "min_background"],
        examples: ["TITULO1.JPG fotografiado con poca luz", "un escaneo con la tapa abierta; no: papel de color claro"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard !document.isBlankPage, let (page, limits) = document.measuredQuality, let minimum = limits.minBackground,
              page.background < minimum else { return [] }
        let measured = QualityFormat.level(page.background), required = QualityFormat.level(minimum)
        return [Finding(Self.definition, expected: "papel con nivel >= \(required) de 255", actual: "papel con nivel \(measured) de 255",
                        values: ["background": measured, "min_background": required])]
    }
}
