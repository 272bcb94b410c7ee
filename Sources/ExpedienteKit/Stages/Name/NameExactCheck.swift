/// A name recognised as a document kind that is not its exact NOMBRE once
/// case, accents, spaces and symbols are set aside (an alias, a copy number).
struct NameExactCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameExact, stage: .name,
        title: "Nombre exacto del documento",
        rationale: "Cada archivo debe llamarse exactamente con el nombre de su documento en las reglas de la convocatoria (`expediente rules`); otro nombre puede no reconocerse.",
        message: "El archivo «{file}» parece ser {document}, pero su nombre debe ser exactamente {expected_name}.",
        hint: "Renombre el archivo exactamente como {expected_name}.",
        examples: [
            .triggers("ACTADENACIMIENTO.JPG → ACTANACIMIENTO.JPG", .file("ACTADENACIMIENTO.JPG", of: "ACTANACIMIENTO")),
            .passes("ACTANACIMIENTO.JPG", .page("ACTANACIMIENTO")),
        ]
    )

    func run(on document: DocumentSubject) -> [Finding] {
        let name = document.entry.name
        guard name.foldedStem != document.kind.kind else { return [] }
        return [Finding(Self.definition, expected: document.expectedName, actual: name.full)]
    }
}
