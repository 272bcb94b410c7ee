/// A file name with spaces (or other white space).
struct NameSpacesCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameSpaces, stage: .name,
        title: "Nombre sin espacios",
        rationale: "Los nombres de archivo van sin espacios.",
        message: "El nombre «{file}» tiene espacios.",
        hint: "Renombre el archivo exactamente como {expected_name}.",
        fault: "tiene espacios",
        examples: [
            .triggers("ACTA NACIMIENTO.JPG → ACTANACIMIENTO.JPG", .file("ACTA NACIMIENTO.JPG", of: "ACTANACIMIENTO")),
            .passes("ACTANACIMIENTO.JPG", .page("ACTANACIMIENTO")),
        ]
    )

    func run(on document: DocumentSubject) -> [Finding] {
        let name = document.entry.name.full
        guard name.unicodeScalars.contains(where: \.properties.isWhitespace) else { return [] }
        return [Finding(Self.definition, expected: document.expectedName, actual: name)]
    }
}
