/// A registered ISSN that is not valid: its form or its mod-11 check digit (CER call 7.1 C:
/// «Contar con un número ISSN identificable»).
struct DataPublicationISSNCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataPublicationISSN, stage: .data,
        title: "ISSN registrado inválido",
        rationale: "La convocatoria pide que la revista tenga un ISSN identificable; un ISSN cuyo dígito verificador no corresponde no identifica ninguna revista.",
        message: "El ISSN registrado para {documento}, «{issn}», no es válido: {reason}.",
        hint: "Copie el ISSN de la revista tal como aparece en el artículo o en el catálogo de revistas del NLM; la sección 7 pide un ISSN identificable.",
        parameters: ["registro", "documento", "issn", "reason"],
        examples: [
            .triggers("issn: 0028-4794 (el dígito verificador es 3)", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, issn: 0028-4794}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
            .passes("issn: 0028-4793 (New England Journal of Medicine)", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, issn: 0028-4793}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
            .passes("issn: 2049-372X (X es el dígito verificador 10)", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, issn: 2049-372X}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        (data.registro?.publicaciones ?? []).compactMap { publication in
            guard let issn = publication.issn, let reason = DataPublications.issnProblem(issn) else { return nil }
            return registroFinding(data, expected: "NNNN-NNNC", actual: issn, values: ["documento": publication.documento, "issn": issn, "reason": reason])
        }
    }
}
