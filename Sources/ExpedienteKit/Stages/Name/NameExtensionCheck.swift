/// A file without an accepted extension (FORMATO column: JPG).
struct NameExtensionCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameExtension, stage: .name,
        title: "Extensión aceptada",
        rationale: "La plataforma de la convocatoria recibe archivos JPG; un archivo con otra extensión (o sin ella) no se acepta.",
        message: "El archivo «{file}» no tiene extensión {extensions}.",
        hint: "Guarde el documento como imagen JPEG con el nombre {expected_name}.",
        fault: "no tiene extensión {extensions}",
        parameters: ["extensions"],
        examples: [
            .triggers("CURP.JFIF → CURP.JPG", .file("CURP.JFIF", of: "CURP")),
            .passes("CURP.JPEG: extensión admitida", .file("CURP.JPEG", of: "CURP")),
        ]
    )

    func run(on document: DocumentSubject) -> [Finding] {
        let accepted = document.limits.extensions ?? ["JPG"]
        let given = document.entry.name.fileExtension
        if let given, accepted.contains(given.uppercased()) { return [] }
        return [Finding(Self.definition, expected: accepted.map { ".\($0)" }.joined(separator: " o "),
                        actual: given.map { ".\($0)" } ?? "sin extensión",
                        values: ["extensions": accepted.map { ".\($0)" }.joined(separator: " o ")])]
    }
}
