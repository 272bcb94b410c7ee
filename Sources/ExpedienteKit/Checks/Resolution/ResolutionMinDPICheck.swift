/// A scan below the RESOLUCIÓN of the table (300 ppp), declared or inferred.
struct ResolutionMinDPICheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .resolutionMinDPI, stage: .resolution,
        title: "Resolución mínima",
        rationale: "La tabla pide digitalizar a 300 ppp; con menos resolución el texto, los sellos y los códigos QR pueden no ser legibles para el validador.",
        parameters: ["dpi", "min_dpi", "method", "width", "height"],
        examples: ["un escaneo a 150 ppp", "una foto de 1275 × 1650 px de una hoja carta (150 ppp inferidos)"]
    )

    func run(on document: DocumentContext) -> [Finding] {
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
