/// A page with no visible content: the back of a sheet, an empty scanner bed, a grey or noisy
/// blank scan.
struct QualityBlankCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityBlank, stage: .quality,
        title: "Página en blanco",
        rationale: "Los validadores rechazan como «en blanco» la hoja escaneada por el reverso o sin el documento; ni el ruido del escáner ni un fondo gris son contenido.",
        message: "{document} parece una página en blanco: solo {ink} de la hoja tiene contenido visible.",
        hint: "Escanee el lado del documento que tiene la información (no el reverso en blanco) y revise la imagen antes de subirla.",
        parameters: ["ink", "min_ink"],
        examples: [
            .triggers("CERTIFICADO.JPG que es una hoja en blanco", .page("CERTIFICADO", PageRecipe(defects: [.blank, .noise(sigma: 2.5)]))),
            .passes("una hoja con su texto", .page("CERTIFICADO")),
        ]
    )

    func run(on document: PageMeasure) -> [Finding] {
        let (page, limits) = (document.page, document.thresholds)
        guard document.isBlankPage, let maximum = limits.blankMaxInk else { return [] }
        let ink = QualityFormat.percent(page.inkCoverage), minimum = QualityFormat.percent(maximum)
        return [Finding(Self.definition, expected: ">= \(minimum) de la hoja con contenido", actual: "\(ink) con contenido",
                        values: ["ink": ink, "min_ink": minimum])]
    }
}
