/// Two documents of the folder that are the same picture, where the call does not allow it.
struct DataCopyCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataCopy, stage: .data,
        title: "Documento repetido",
        rationale: "Cada documento del expediente es otro papel; el mismo archivo (o la misma imagen guardada de nuevo) con dos nombres deja uno de ellos sin presentar.",
        message: "{document} ({file}) {how} que {other} ({other_file}): es el mismo documento con dos nombres{registered}.",
        hint: "Escanee {document} por separado y guárdelo como {expected_name}.",
        parameters: ["other", "other_file", "how", "registered"],
        examples: [
            .triggers("CURP.JPG es una copia de ACTANACIMIENTO.JPG", .registro("curp: PEGL890909MJCRMS08\n", pages: ["ACTANACIMIENTO": PageRecipe(), "CURP": PageRecipe(copyOf: "ACTANACIMIENTO")])),
            .triggers("IDENTIFICACION2.JPG igual a IDENTIFICACION1.JPG con «identificacion: ine» en el registro", .registro("identificacion: ine\n", pages: ["IDENTIFICACION1": PageRecipe(), "IDENTIFICACION2": PageRecipe(copyOf: "IDENTIFICACION1")])),
            .passes("CURP.JPG y ACTANACIMIENTO.JPG son dos documentos", .registro("curp: PEGL890909MJCRMS08\n", pages: ["ACTANACIMIENTO": PageRecipe(), "CURP": PageRecipe()])),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        DocumentCopies.pairs(in: data.documents).compactMap { pair in
            guard case .copy(let registered) = DocumentCopies.verdict(pair, registro: data.registro) else { return nil }
            var values = DocumentCopies.values(pair)
            values["registered"] = registered.map { ", y según \(data.registroLabel) su identificación es \(Self.words($0))" } ?? ""
            return Finding.Located(Finding(Self.definition, expected: "un archivo propio", actual: "igual a \(pair.original.file)",
                                           values: values),
                                   kind: pair.copy.kind, file: pair.copy.file)
        }
    }

    static func words(_ identification: Registro.Identificacion) -> String {
        switch identification {
        case .ine: "la INE, que tiene anverso y reverso distintos"
        case .pasaporte: "el pasaporte"
        case .matriculaConsular: "la matrícula consular"
        }
    }
}
