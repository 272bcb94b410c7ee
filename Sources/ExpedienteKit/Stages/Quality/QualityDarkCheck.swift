/// A page whose paper comes out dark: scanned with the lid open, underexposed photo.
struct QualityDarkCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityDark, stage: .quality,
        title: "Imagen demasiado oscura",
        rationale: "Con el fondo oscuro el texto se confunde con el papel y el validador no puede leerlo.",
        message: "La imagen de {document} está muy oscura: el papel tiene un nivel de {background} de 255 (mínimo {min_background}).",
        hint: "Escanee con la tapa del escáner cerrada o tome la foto con buena luz; no oscurezca la imagen.",
        parameters: ["background", "min_background"],
        examples: [
            .triggers("INTERNADO.JPG muy oscura", .page("INTERNADO", PageRecipe(defects: [.brightness(factor: 0.38)]))),
            .passes("papel blanco con buena luz", .page("INTERNADO")),
        ]
    )

    func run(on document: PageMeasure) -> [Finding] {
        let (page, limits) = (document.page, document.thresholds)
        guard !document.isBlankPage, let minimum = limits.minBackground,
              page.background < minimum else { return [] }
        let measured = QualityFormat.level(page.background), required = QualityFormat.level(minimum)
        return [Finding(Self.definition, expected: "papel con nivel >= \(required) de 255", actual: "papel con nivel \(measured) de 255",
                        values: ["background": measured, "min_background": required])]
    }
}
