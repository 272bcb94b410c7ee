/// The same DOI registered for two publications (CER call 7.2: points per publication).
struct DataPublicationDuplicateCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataPublicationDuplicate, stage: .data,
        title: "Publicación registrada dos veces",
        rationale: "Cada publicación cuenta una vez; registrar el mismo artículo (el mismo DOI) en dos documentos es declarar una publicación que no existe.",
        message: "El DOI {doi} de {documento} ya está registrado en {first}: es la misma publicación.",
        hint: "Registre cada publicación una sola vez, con su propio archivo; quite la repetida del registro y del expediente.",
        parameters: ["registro", "doi", "documento", "first"],
        examples: [
            .triggers("el mismo DOI en PUBLICACION1 y PUBLICACION2", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, doi: 10.5281/zenodo.1000001}\n  - {documento: PUBLICACION2, autoria: 2, doi: 10.5281/ZENODO.1000001}\n", pages: ["PUBLICACION1": PageRecipe(), "PUBLICACION2": PageRecipe()]), convocatoria: "cer-2026-2027"),
            .passes("dos DOI distintos", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, doi: 10.5281/zenodo.1000001}\n  - {documento: PUBLICACION2, autoria: 2, doi: 10.5281/zenodo.1000002}\n", pages: ["PUBLICACION1": PageRecipe(), "PUBLICACION2": PageRecipe()]), convocatoria: "cer-2026-2027"),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        var first: [String: String] = [:]
        var findings: [Finding.Located] = []
        for publication in data.registro?.publicaciones ?? [] {
            guard let doi = publication.doi, let key = DataPublications.doiKey(doi) else { continue }
            if let earlier = first[key] {
                findings.append(registroFinding(data, expected: "una vez", actual: doi,
                                                values: ["doi": doi, "documento": publication.documento, "first": earlier]))
            } else {
                first[key] = publication.documento
            }
        }
        return findings
    }
}
