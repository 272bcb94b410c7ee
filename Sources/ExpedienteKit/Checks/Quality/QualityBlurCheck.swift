/// A scan whose text edges are smeared: moved during the scan, out of focus (a photo), or
/// enlarged from a small image.
struct QualityBlurCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityBlur, stage: .quality,
        title: "Imagen borrosa",
        rationale: "La convocatoria pide documentos legibles; un escaneo movido o desenfocado se rechaza como «ilegible» aunque tenga la resolución pedida.",
        parameters: ["sharpness", "min_sharpness"],
        examples: ["ACTANACIMIENTO.JPG fotografiada fuera de foco", "un escaneo movido; no: el suavizado normal de un escáner"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard !document.isBlankPage, let (page, limits) = document.measuredQuality, let minimum = limits.minSharpness,
              let sharpness = page.sharpness, sharpness < minimum else { return [] }
        let measured = QualityFormat.ratio(sharpness), required = QualityFormat.ratio(minimum)
        return [Finding(Self.definition, expected: "nitidez >= \(required)", actual: "nitidez \(measured)",
                        values: ["sharpness": measured, "min_sharpness": required])]
    }
}
