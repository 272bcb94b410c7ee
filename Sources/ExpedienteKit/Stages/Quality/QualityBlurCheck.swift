/// A scan whose text edges are smeared: moved during the scan, out of focus (a photo), or
/// enlarged from a small image.
struct QualityBlurCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityBlur, stage: .quality,
        title: "Imagen borrosa",
        rationale: "La convocatoria pide documentos legibles; un escaneo movido o desenfocado se rechaza como «ilegible» aunque tenga la resolución pedida.",
        message: "La imagen de {document} está borrosa (nitidez {sharpness}; mínimo {min_sharpness}): el texto puede no ser legible.",
        hint: "Escanee de nuevo con el documento plano y quieto sobre el cristal; si usa el teléfono, enfoque antes de tomar la foto y no la amplíe.",
        parameters: ["sharpness", "min_sharpness"],
        examples: [
            .triggers("ACTANACIMIENTO.JPG fuera de foco", .page("ACTANACIMIENTO", PageRecipe(defects: [.blur(sigma: 5)]))),
            .passes("un escaneo nítido", .page("ACTANACIMIENTO")),
        ]
    )

    func run(on document: PageMeasure) -> [Finding] {
        let (page, limits) = (document.page, document.thresholds)
        guard !document.isBlankPage, let minimum = limits.minSharpness,
              let sharpness = page.sharpness, sharpness < minimum else { return [] }
        let measured = QualityFormat.ratio(sharpness), required = QualityFormat.ratio(minimum)
        return [Finding(Self.definition, expected: "nitidez >= \(required)", actual: "nitidez \(measured)",
                        values: ["sharpness": measured, "min_sharpness": required])]
    }
}
