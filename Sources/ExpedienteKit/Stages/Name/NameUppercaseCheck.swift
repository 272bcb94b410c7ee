/// A file name with lowercase letters.
struct NameUppercaseCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameUppercase, stage: .name,
        title: "Nombre en mayúsculas",
        rationale: "Los archivos deben subirse con el nombre de su documento, en mayúsculas.",
        message: "El nombre «{file}» tiene minúsculas.",
        hint: "Renombre el archivo exactamente como {expected_name}.",
        fault: "tiene minúsculas",
        examples: [
            .triggers("curp.jpg → CURP.JPG", .file("curp.jpg", of: "CURP")),
            .passes("CURP.JPG", .page("CURP")),
        ]
    )

    func run(on document: DocumentSubject) -> [Finding] {
        let name = document.entry.name.full
        guard name.contains(where: \.isLowercase) else { return [] }
        return [Finding(Self.definition, expected: document.expectedName, actual: name)]
    }
}
