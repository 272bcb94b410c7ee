/// A file name with accents, ñ or other letters outside A–Z (in NFC or NFD form).
struct NameAccentsCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameAccents, stage: .name,
        title: "Nombre sin acentos",
        rationale: "Los nombres de archivo van sin acentos: el sistema de la convocatoria no los acepta y una «é» puede escribirse de dos formas (NFC o NFD).",
        examples: ["CÉDULA.JPG → CEDULA.JPG", "IDENTIFICACIÓN1.JPG → IDENTIFICACION1.JPG"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        let name = document.entry.name.full
        let hasAccent = name.unicodeScalars.contains { scalar in
            !scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark)
        }
        guard hasAccent else { return [] }
        return [Finding(Self.definition, expected: document.expectedName, actual: name)]
    }
}
