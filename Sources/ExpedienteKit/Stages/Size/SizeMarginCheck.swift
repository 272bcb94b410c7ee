/// A file under the limit only if the platform counts 1 KB as 1,024 bytes: the calls write
/// "400 KB" without saying which (contract, "Sizes").
struct SizeMarginCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .sizeMargin, stage: .size,
        title: "Margen del tamaño máximo",
        rationale: "La convocatoria dice «400 KB» sin decir si 1 KB son 1 000 o 1 024 bytes: un archivo de entre 400 001 y 409 600 bytes pasa solo si la plataforma cuenta 1 024.",
        severity: .aviso,
        message: "El archivo pesa {bytes} bytes: cabe en {max_kb} solo si la plataforma cuenta 1 KB = 1 024 bytes; la convocatoria no dice cómo cuenta.",
        hint: "Guárdelo con menos de {safe_bytes} bytes (una calidad JPEG un poco menor, a 300 ppp) para no depender de cómo cuente la plataforma.",
        parameters: ["bytes", "max_kb", "safe_bytes"],
        examples: [
            .triggers("CURP.JPG de 405 000 bytes", .page("CURP", PageRecipe(paddedTo: 405_000))),
            .passes("CURP.JPG de 399 000 bytes", .page("CURP", PageRecipe(paddedTo: 399_000))),
            .passes("CURP.JPG de 420 000 bytes: size.max_bytes lo dice", .page("CURP", PageRecipe(paddedTo: 420_000))),
        ],
        maxSeverity: .aviso
    )

    func run(on document: FileRead) -> [Finding] {
        guard let max = document.limits.maxBytes, let safe = Self.decimalLimit(max),
              document.entry.size > safe, document.entry.size <= max else { return [] }
        return [Finding(Self.definition, expected: "<= \(safe) bytes", actual: "\(document.entry.size) bytes",
                        values: ["bytes": String(document.entry.size), "max_kb": SizeMaxBytesCheck.kilobytes(max), "safe_bytes": String(safe)])]
    }

    /// The limit read with 1 KB = 1,000 bytes, when the rules give it in 1,024-byte KB (409,600 → 400,000).
    static func decimalLimit(_ max: Int) -> Int? {
        max % 1024 == 0 ? max / 1024 * 1000 : nil
    }
}
