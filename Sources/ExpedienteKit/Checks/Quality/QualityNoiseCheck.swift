/// Grain or speckle strong enough to break up the strokes of the text.
struct QualityNoiseCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityNoise, stage: .quality,
        title: "Ruido excesivo",
        rationale: "Un escaneo con mucho grano (poca luz, fotocopia de fotocopia, fax) rompe los trazos del texto y lo vuelve ilegible.",
        parameters: ["noise", "max_noise"],
        examples: ["una foto con poca luz y mucho grano", "no: el polvo o el grano leve de un escáner"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard !document.isBlankPage, let (page, limits) = document.measuredQuality, let maximum = limits.maxNoise,
              page.noise > maximum else { return [] }
        let measured = QualityFormat.ratio(page.noise), allowed = QualityFormat.ratio(maximum)
        return [Finding(Self.definition, expected: "ruido <= \(allowed)", actual: "ruido \(measured)",
                        values: ["noise": measured, "max_noise": allowed])]
    }
}
