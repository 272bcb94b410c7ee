/// A name recognised as a document kind that is not its exact NOMBRE once
/// case, accents, spaces and symbols are set aside (an alias, a copy number).
struct NameExactCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameExact, stage: .name,
        title: "Nombre exacto del documento",
        rationale: "Cada archivo debe llamarse exactamente con el nombre de su documento en las reglas de la convocatoria (`expediente rules`); otro nombre puede no reconocerse.",
        message: "El archivo «{file}» parece ser {document}, pero su nombre debe ser exactamente {expected_name}.{shared_note}",
        hint: "Renombre el archivo exactamente como {expected_name}.",
        fault: "no es exactamente {expected_name}{shared_clause}",
        parameters: ["shared_note", "shared_clause"],
        examples: [
            .triggers("ACTADENACIMIENTO.JPG → ACTANACIMIENTO.JPG", .file("ACTADENACIMIENTO.JPG", of: "ACTANACIMIENTO")),
            .triggers("PASAPORTE.JPG: es IDENTIFICACION1 y también IDENTIFICACION2 (ENARM 2.2.1 a.2)", .file("PASAPORTE.JPG", of: "IDENTIFICACION1")),
            .passes("ACTANACIMIENTO.JPG", .page("ACTANACIMIENTO")),
        ]
    )

    func run(on document: DocumentSubject) -> [Finding] {
        let name = document.entry.name
        guard name.foldedStem != document.kind.kind else { return [] }
        let extensionName = document.expectedName.split(separator: ".").last.map { ".\($0)" } ?? ".JPG"
        let note = document.alsoKinds.map { " Es también \($0): guarde una copia del mismo archivo como \($0)\(extensionName)." }.joined()
        let clause = document.alsoKinds.map { "; es también \($0): guarde una copia del mismo archivo como \($0)\(extensionName)" }.joined()
        return [Finding(Self.definition, expected: document.expectedName, actual: name.full,
                        values: ["shared_note": note, "shared_clause": clause])]
    }
}
