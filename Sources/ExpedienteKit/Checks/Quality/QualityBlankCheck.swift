/// A page with no visible content: the back of a sheet, an empty scanner bed, a grey or noisy
/// blank scan.
struct QualityBlankCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityBlank, stage: .quality,
        title: "Página en blanco",
        rationale: "Los validadores rechazan como «en blanco» la hoja escaneada por el reverso o sin el documento; ni el ruido del escáner ni un fondo gris son contenido.",
        parameters: ["ink", "min_ink"],
        examples: ["CERTIFICADO.JPG que es el reverso en blanco de la hoja", "una página vacía con grano o polvo del escáner; no: una hoja con una sola línea de texto"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard document.isBlankPage, let (page, limits) = document.measuredQuality, let maximum = limits.blankMaxInk else { return [] }
        let ink = QualityFormat.percent(page.inkCoverage), minimum = QualityFormat.percent(maximum)
        return [Finding(Self.definition, expected: ">= \(minimum) de la hoja con contenido", actual: "\(ink) con contenido",
                        values: ["ink": ink, "min_ink": minimum])]
    }
}
