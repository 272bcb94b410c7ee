/// A registered DOI that is not a DOI (CER call 7.1 C: the publication must have one).
struct DataPublicationDOICheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataPublicationDOI, stage: .data,
        title: "DOI registrado que no es un DOI",
        rationale: "La convocatoria pide que cada publicación tenga DOI; un DOI registrado sin la forma 10.NNNN/… no identifica ningún artículo.",
        message: "El DOI registrado para {documento}, «{doi}», no es un DOI: empieza por «10.», sigue el número del editor (4 a 9 cifras), una barra y el resto (10.NNNN/…).",
        hint: "Copie el DOI tal como aparece en el artículo o en PubMed (por ejemplo 10.1016/j.arcmed.2020.01.001); la sección 7 pide que la publicación tenga DOI.",
        parameters: ["registro", "documento", "doi"],
        examples: [
            .triggers("doi: 10.12/abc (el número del editor tiene 2 cifras)", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, doi: 10.12/abc}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
            .triggers("doi: 10.1234 (un número, sin barra)", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, doi: 10.1234}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
            .passes("doi: https://doi.org/10.5281/zenodo.1000001", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, doi: \"https://doi.org/10.5281/zenodo.1000001\"}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        (data.registro?.publicaciones ?? []).compactMap { publication in
            guard let doi = publication.doi, DataPublications.doi(doi) == nil else { return nil }
            return registroFinding(data, expected: "10.NNNN/…", actual: doi, values: ["documento": publication.documento, "doi": doi])
        }
    }
}
