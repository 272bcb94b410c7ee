/// The document is small in a large background: photographed on a table, or scanned with
/// the lid open around a small sheet.
struct QualityFramingCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityFraming, stage: .quality,
        title: "Documento pequeño dentro de la imagen",
        rationale: "Si el documento ocupa una parte pequeña de la imagen, su resolución real es mucho menor que la de la imagen y el fondo distrae al validador.",
        parameters: ["document_percent", "min_document_percent"],
        examples: ["una foto de la constancia sobre una mesa", "no: una hoja escaneada con un borde oscuro delgado"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard !document.isBlankPage, let (page, limits) = document.measuredQuality, let minimum = limits.minDocumentFraction,
              page.documentFraction < minimum else { return [] }
        let measured = QualityFormat.percent(page.documentFraction), required = QualityFormat.percent(minimum)
        return [Finding(Self.definition, expected: "el documento ocupa >= \(required) de la imagen", actual: "ocupa \(measured)",
                        values: ["document_percent": measured, "min_document_percent": required])]
    }
}
