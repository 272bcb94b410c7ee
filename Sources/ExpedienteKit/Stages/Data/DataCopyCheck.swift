/// Two documents of the folder that are the same picture, where the call does not allow it.
struct DataCopyCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataCopy, stage: .data,
        title: "Documento repetido",
        rationale: "Cada documento del expediente es otro papel; el mismo archivo (o la misma imagen guardada de nuevo) con dos nombres deja uno de ellos sin presentar.",
        message: "{document} ({file}) {how} que {other} ({other_file}): es el mismo documento con dos nombres.",
        hint: "Escanee {document} por separado y guárdelo como {expected_name}.",
        parameters: ["other", "other_file", "how"],
        examples: [
            .triggers("CURP.JPG es una copia de ACTANACIMIENTO.JPG", .registro("curp: PEGL890909MJCRMS08\n", pages: ["ACTANACIMIENTO": PageRecipe(), "CURP": PageRecipe(copyOf: "ACTANACIMIENTO")])),
            .passes("CURP.JPG y ACTANACIMIENTO.JPG son dos documentos", .registro("curp: PEGL890909MJCRMS08\n", pages: ["ACTANACIMIENTO": PageRecipe(), "CURP": PageRecipe()])),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        DocumentCopies.pairs(in: data.documents).compactMap { pair in
            guard DocumentCopies.allowance(pair) == nil else { return nil }
            return Finding.Located(Finding(Self.definition, expected: "un archivo propio", actual: "igual a \(pair.original.file)",
                                           values: DocumentCopies.values(pair)),
                                   kind: pair.copy.kind, file: pair.copy.file)
        }
    }
}
