/// The document is small in a large background: photographed on a table, or scanned with
/// the lid open around a small sheet.
struct QualityFramingCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityFraming, stage: .quality,
        title: "Documento pequeño dentro de la imagen",
        rationale: "Si el documento ocupa una parte pequeña de la imagen, su resolución real es mucho menor que la de la imagen y el fondo distrae al validador.",
        severity: .aviso,
        message: "El documento ocupa solo {document_percent} de la imagen de {document}; el resto es fondo.",
        hint: "Escanee el documento sobre el cristal del escáner o recorte la imagen al borde de la hoja, y conserve los 300 ppp.",
        parameters: ["document_percent", "min_document_percent"],
        examples: [
            .triggers("TITULO2.JPG fotografiado sobre una mesa", .page("TITULO2", PageRecipe(defects: [.onTable(scale: 0.5)]))),
            .passes("la hoja escaneada completa", .page("TITULO2")),
        ]
    )

    func run(on document: PageMeasure) -> [Finding] {
        let (page, limits) = (document.page, document.thresholds)
        guard !document.isBlankPage, let minimum = limits.minDocumentFraction,
              page.documentFraction < minimum else { return [] }
        let measured = QualityFormat.percent(page.documentFraction), required = QualityFormat.percent(minimum)
        return [Finding(Self.definition, expected: "el documento ocupa >= \(required) de la imagen", actual: "ocupa \(measured)",
                        values: ["document_percent": measured, "min_document_percent": required])]
    }
}
