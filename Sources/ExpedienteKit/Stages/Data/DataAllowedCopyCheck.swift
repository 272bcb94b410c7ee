/// Two documents that are the same picture where the call allows it in one case (a passport
/// for both sides of the identification): an aviso that says which case that is.
struct DataAllowedCopyCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataAllowedCopy, stage: .data,
        title: "Documento repetido donde la convocatoria lo admite",
        rationale: "La convocatoria admite el mismo archivo para dos documentos solo en un caso (por ejemplo, la carátula del pasaporte para el anverso y el reverso de la identificación); fuera de ese caso falta un documento.",
        severity: .aviso,
        message: "{document} ({file}) {how} que {other} ({other_file}): es correcto solo {when}.",
        hint: "Si no es su caso, escanee {document} por separado y guárdelo como {expected_name}.",
        parameters: ["other", "other_file", "how", "when"],
        examples: [
            .triggers("IDENTIFICACION2.JPG igual a IDENTIFICACION1.JPG (pasaporte)", .registro("curp: PEGL890909MJCRMS08\n", pages: ["IDENTIFICACION1": PageRecipe(), "IDENTIFICACION2": PageRecipe(copyOf: "IDENTIFICACION1")])),
            .passes("anverso y reverso de la INE", .registro("curp: PEGL890909MJCRMS08\n", pages: ["IDENTIFICACION1": PageRecipe(), "IDENTIFICACION2": PageRecipe()])),
            .passes("la misma carátula con «identificacion: pasaporte» en el registro", .registro("identificacion: pasaporte\n", pages: ["IDENTIFICACION1": PageRecipe(), "IDENTIFICACION2": PageRecipe(copyOf: "IDENTIFICACION1")])),
        ],
        maxSeverity: .aviso
    )

    func run(on data: DataContext) -> [Finding.Located] {
        DocumentCopies.pairs(in: data.documents).compactMap { pair in
            guard case .allowedIf(let allowed) = DocumentCopies.verdict(pair, registro: data.registro) else { return nil }
            var values = DocumentCopies.values(pair)
            values["when"] = allowed.when
            return Finding.Located(Finding(Self.definition, expected: "un archivo propio, salvo \(allowed.when)", actual: "igual a \(pair.original.file)",
                                           values: values),
                                   kind: pair.copy.kind, file: pair.copy.file)
        }
    }
}
