/// A file over the TAMAÑO MÁXIMO of the table (400 KB = 409,600 bytes).
struct SizeMaxBytesCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .sizeMaxBytes, stage: .size,
        title: "Tamaño máximo",
        rationale: "Las reglas fijan un tamaño máximo por archivo (`limits.max_bytes`: 400 KB en la plataforma de la CES); un archivo más grande puede no subirse.",
        message: "El archivo pesa {kb}; el máximo es {max_kb}.",
        hint: "Escanee a 300 ppp en escala de grises o con una calidad JPEG menor (70-80 %) hasta que pese menos de {max_kb}; no reduzca la resolución.",
        parameters: ["kb", "max_kb"],
        examples: [
            .triggers("CERTIFICADO.JPG en color a calidad 95 (más de 400 KB)", .page("CERTIFICADO", PageRecipe(quality: 95, color: true))),
            .passes("CERTIFICADO.JPG en gris a calidad 70", .page("CERTIFICADO")),
        ]
    )

    func run(on document: FileRead) -> [Finding] {
        guard let max = document.limits.maxBytes, document.entry.size > max else { return [] }
        return [Finding(Self.definition, expected: "<= \(max) bytes", actual: "\(document.entry.size) bytes",
                        values: ["kb": Self.kilobytes(document.entry.size), "max_kb": Self.kilobytes(max)])]
    }

    /// KB as the call counts them (1 KB = 1,024 bytes), rounded up so 400.1 never shows as 400.
    static func kilobytes(_ bytes: Int) -> String {
        let whole = (bytes + 1023) / 1024
        return "\(whole) KB"
    }
}
