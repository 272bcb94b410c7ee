/// Grain or speckle strong enough to break up the strokes of the text.
struct QualityNoiseCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityNoise, stage: .quality,
        title: "Ruido excesivo",
        rationale: "Un escaneo con mucho grano (poca luz, fotocopia de fotocopia, fax) rompe los trazos del texto y lo vuelve ilegible.",
        message: "La imagen de {document} tiene mucho grano o ruido ({noise}; máximo {max_noise}), que rompe los trazos del texto.",
        hint: "Escanee el documento original con buena luz; evite fotos con poca luz y copias de copias.",
        parameters: ["noise", "max_noise"],
        examples: [
            .triggers("una foto con poca luz y mucho grano", .page("ACTANACIMIENTO", PageRecipe(quality: 50, defects: [.noise(sigma: 50)]))),
            .passes("el grano leve de un escáner", .page("ACTANACIMIENTO", PageRecipe(defects: [.noise(sigma: 4)]))),
        ]
    )

    func run(on document: PageMeasure) -> [Finding] {
        let (page, limits) = (document.page, document.thresholds)
        guard !document.isBlankPage, let maximum = limits.maxNoise,
              page.noise > maximum else { return [] }
        let measured = QualityFormat.ratio(page.noise), allowed = QualityFormat.ratio(maximum)
        return [Finding(Self.definition, expected: "ruido <= \(allowed)", actual: "ruido \(measured)",
                        values: ["noise": measured, "max_noise": allowed])]
    }
}
