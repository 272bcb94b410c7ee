/// A scan whose resolution is neither declared nor inferable from a known page size.
struct ResolutionUnknownCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .resolutionUnknown, stage: .resolution,
        title: "Resolución desconocida",
        rationale: "Sin densidad declarada y con proporciones que no son de una hoja carta, A4 u oficio, no puede saberse si el escaneo tiene 300 ppp.",
        parameters: ["width", "height", "declared"],
        examples: ["una foto del celular de 4032 × 3024 px a 72 ppp", "un recorte de 800 × 800 px sin densidad"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard document.resolution == nil, let header = document.jpegHeader else { return [] }
        return [Finding(Self.definition, expected: "300 ppp declarados", actual: "sin resolución útil (\(header.width) × \(header.height) px)",
                        values: ["width": String(header.width), "height": String(header.height),
                                 "declared": ResolutionEstimate.declaredDescription(header: header, layout: document.layout)])]
    }
}
