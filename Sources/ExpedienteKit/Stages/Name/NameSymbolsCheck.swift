/// A file name stem with symbols: anything but letters, digits and spaces.
struct NameSymbolsCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameSymbols, stage: .name,
        title: "Nombre sin símbolos",
        rationale: "Los nombres de archivo van sin símbolos: ni guiones, ni paréntesis, ni guiones bajos.",
        message: "El nombre «{file}» tiene símbolos: {symbols}.",
        hint: "Renombre el archivo exactamente como {expected_name}.",
        fault: "tiene símbolos ({symbols})",
        parameters: ["symbols"],
        examples: [
            .triggers("CURP (1).JPG → CURP.JPG", .file("CURP (1).JPG", of: "CURP")),
            .passes("CURP.JPG", .page("CURP")),
        ]
    )

    func run(on document: DocumentSubject) -> [Finding] {
        let stem = document.entry.name.stem
        var symbols: [String] = []
        for scalar in stem.unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || p.isWhitespace || p.generalCategory == .nonspacingMark { continue }
            let shown = scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F ? String(scalar) : String(format: "U+%04X", scalar.value)
            if !symbols.contains(shown) { symbols.append(shown) }
        }
        guard !symbols.isEmpty else { return [] }
        return [Finding(Self.definition, expected: document.expectedName, actual: document.entry.name.full,
                        values: ["symbols": symbols.map { "«\($0)»" }.joined(separator: " ")])]
    }
}
