/// A scan below the RESOLUCIÓN of the table (300 ppp), declared or inferred.
struct ResolutionMinDPICheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .resolutionMinDPI, stage: .resolution,
        title: "Resolución mínima",
        rationale: "Las reglas piden digitalizar a una resolución mínima (`limits.min_dpi`: 300 ppp en la plataforma de la CES); con menos resolución el texto, los sellos y los códigos QR pueden no ser legibles para el validador.",
        message: "La resolución es de {dpi} ppp ({method}); el mínimo es {min_dpi} ppp.",
        hint: "Escanee de nuevo el documento a {min_dpi} ppp; aumentar la resolución de una imagen ya escaneada no recupera el detalle.",
        parameters: ["dpi", "min_dpi", "method", "width", "height"],
        examples: [
            .triggers("TITULO2.JPG escaneado a 150 ppp", .page("TITULO2", PageRecipe(dpi: 150))),
            .triggers("INTERNADO.JPG a 150 ppp que declara 72", .page("INTERNADO", PageRecipe(dpi: 150, density: .dpi(72)))),
            .passes("escaneado a 300 ppp", .page("TITULO2")),
        ]
    )

    func run(on document: HeaderRead) -> [Finding] {
        guard let estimate = document.resolution, let header = document.jpegHeader,
              let minimum = document.limits.minDPI,
              estimate.dpi < minimum - (document.limits.dpiTolerance ?? 0)
        else { return [] }
        let min = String(Int(minimum.rounded()))
        return [Finding(Self.definition, expected: ">= \(min) ppp", actual: "\(estimate.formatted) ppp (\(estimate.method))",
                        values: ["dpi": estimate.formatted, "min_dpi": min, "method": estimate.method,
                                 "width": String(header.width), "height": String(header.height)])]
    }
}
