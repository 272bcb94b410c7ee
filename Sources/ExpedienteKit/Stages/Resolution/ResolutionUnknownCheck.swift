/// A scan whose resolution is neither declared nor inferable from a known page size.
struct ResolutionUnknownCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .resolutionUnknown, stage: .resolution,
        title: "Resolución desconocida",
        rationale: "Sin densidad declarada y con proporciones que no son de una hoja carta, A4 u oficio, no puede saberse si el escaneo tiene 300 ppp.",
        severity: .aviso,
        message: "No se puede saber la resolución: el archivo {declared} y su tamaño ({width} × {height} px) no corresponde a una hoja carta, A4 u oficio.",
        hint: "Escanee el documento completo a 300 ppp con un escáner o una aplicación de escaneo que guarde la resolución.",
        parameters: ["width", "height", "declared"],
        examples: [
            .triggers("una foto pequeña sin densidad que no mide como una hoja", .foreign(.photo, of: "CURP")),
            .passes("JFIF 300 ppp", .page("CURP")),
        ]
    )

    func run(on document: HeaderRead) -> [Finding] {
        guard document.resolution == nil, let header = document.jpegHeader else { return [] }
        return [Finding(Self.definition, expected: "300 ppp declarados", actual: "sin resolución útil (\(header.width) × \(header.height) px)",
                        values: ["width": String(header.width), "height": String(header.height),
                                 "declared": ResolutionEstimate.declaredDescription(header: header, layout: document.layout)])]
    }
}
