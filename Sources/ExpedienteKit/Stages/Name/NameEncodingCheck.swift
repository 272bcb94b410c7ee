/// A file name whose bytes are not valid UTF-8 text (saved by an old system or a broken copy).
struct NameEncodingCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .nameEncoding, stage: .name,
        title: "Nombre de archivo legible",
        rationale: "Un nombre que no es texto válido (UTF-8), como los que dejan algunos sistemas antiguos o copias dañadas, no puede escribirse en el sistema de la convocatoria.",
        message: "El nombre «{file}» no es texto válido (bytes {raw}).",
        hint: "Renombre el archivo exactamente como {expected_name}.",
        fault: "no es texto válido",
        parameters: ["raw"],
        examples: [
            .triggers("un byte 0xFF en el nombre de CURP.JPG", .undecodableName(of: "CURP")),
            .passes("CURP.JPG", .page("CURP")),
        ]
    )

    func run(on document: DocumentSubject) -> [Finding] {
        guard !document.entry.isValidUTF8 else { return [] }
        let raw = RawName.hex(document.entry.rawName)
        return [Finding(Self.definition, expected: document.expectedName, actual: "bytes \(raw)", values: ["raw": raw])]
    }
}
