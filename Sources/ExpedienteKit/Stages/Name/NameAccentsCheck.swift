/// A file name with accents, ñ or other letters outside A–Z (in NFC or NFD form).
struct NameAccentsCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameAccents, stage: .name,
        title: "Nombre sin acentos",
        rationale: "Los nombres de archivo van sin acentos: el sistema de la convocatoria no los acepta y una «é» puede escribirse de dos formas (NFC o NFD).",
        message: "El nombre «{file}» tiene acentos o ñ.",
        hint: "Renombre el archivo exactamente como {expected_name}.",
        fault: "tiene acentos o ñ",
        examples: [
            .triggers("CÉDULA.JPG → CEDULA.JPG", .file("CÉDULA.JPG", of: "CEDULA")),
            .passes("CEDULA.JPG", .page("CEDULA")),
        ]
    )

    func run(on document: DocumentSubject) -> [Finding] {
        let name = document.entry.name.full
        let hasAccent = name.unicodeScalars.contains { scalar in
            !scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark)
        }
        guard hasAccent else { return [] }
        return [Finding(Self.definition, expected: document.expectedName, actual: name)]
    }
}
