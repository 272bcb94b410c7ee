/// A scan that declares no usable resolution, whose resolution was inferred from its page size.
struct ResolutionInferredCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .resolutionInferred, stage: .resolution,
        title: "Resolución no declarada",
        rationale: "Si el archivo no declara su resolución (o declara 72 ppp, el valor por omisión de cámaras y editores) se estima por el tamaño de la hoja; conviene escanear declarando 300 ppp.",
        severity: .aviso,
        message: "El archivo {declared}; por su tamaño ({width} × {height} px) equivale a {dpi} ppp ({method}).",
        hint: "Si puede, configure el escáner para guardar la resolución de 300 ppp en el archivo.",
        parameters: ["dpi", "method", "width", "height", "declared"],
        examples: [
            .triggers("INTERNADO.JPG con densidad 72 ppp y 2550 × 3300 px: 300 ppp inferidos de una hoja carta", .page("INTERNADO", PageRecipe(density: .dpi(72)))),
            .passes("JFIF 300 ppp", .page("INTERNADO")),
        ]
    )

    func run(on document: HeaderRead) -> [Finding] {
        guard let estimate = document.resolution, estimate.isInferred, let header = document.jpegHeader else { return [] }
        if let minimum = document.limits.minDPI, estimate.dpi < minimum - (document.limits.dpiTolerance ?? 0) {
            return []  // resolution.min_dpi already says it, with the inferred value
        }
        return [Finding(Self.definition, expected: "resolución declarada en el archivo", actual: "\(estimate.formatted) ppp (\(estimate.method))",
                        values: ["dpi": estimate.formatted, "method": estimate.method,
                                 "width": String(header.width), "height": String(header.height),
                                 "declared": ResolutionEstimate.declaredDescription(header: header, layout: document.layout)])]
    }
}
