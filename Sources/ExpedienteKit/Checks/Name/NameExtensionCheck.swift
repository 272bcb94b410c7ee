/// A file without an accepted extension (FORMATO column: JPG).
struct NameExtensionCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameExtension, stage: .name,
        title: "Extensión aceptada",
        rationale: "La convocatoria pide archivos en formato JPG; un archivo con otra extensión (o sin ella) no se acepta.",
        parameters: ["extensions"],
        examples: ["CURP.PNG → CURP.JPG (además de convertirlo a JPEG)", "CURP → CURP.JPG"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        let accepted = document.limits.extensions ?? ["JPG"]
        let given = document.entry.name.fileExtension
        if let given, accepted.contains(given.uppercased()) { return [] }
        return [Finding(Self.definition, expected: accepted.map { ".\($0)" }.joined(separator: " o "),
                        actual: given.map { ".\($0)" } ?? "sin extensión",
                        values: ["extensions": accepted.map { ".\($0)" }.joined(separator: " o ")])]
    }
}
