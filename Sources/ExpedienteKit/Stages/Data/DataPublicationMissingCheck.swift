/// A registered publication whose file is not in the expediente (CER call 3.1 10): declaring
/// publications that do not meet section 7 may get the expediente rejected.
struct DataPublicationMissingCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataPublicationMissing, stage: .data,
        title: "Publicación registrada sin su archivo",
        rationale: "La convocatoria advierte que declarar publicaciones que no cumplen la sección 7 podría llevar al rechazo del expediente; una publicación registrada sin el artículo en el expediente no se puede validar.",
        message: "Registró una publicación en {documento}, pero {documento} {problem}.",
        hint: "Adjunte el artículo publicado con el nombre que registró ({names}) o quite la publicación del registro: declarar publicaciones que no cumplen la sección 7 puede llevar al rechazo del expediente.",
        parameters: ["registro", "documento", "problem", "names"],
        examples: [
            .triggers("PUBLICACION2 registrada y sin archivo", .registro("publicaciones:\n  - {documento: PUBLICACION2, autoria: 1}\n"), convocatoria: "cer-2026-2027"),
            .passes("PUBLICACION1 registrada con su archivo", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let publications = data.registro?.publicaciones else { return [] }
        return publications.compactMap { publication in
            let name = publication.documento
            guard data.documents(of: name).isEmpty else { return nil }
            let problem = data.convocatoria.kind(named: name) == nil
                ? "no es un documento de esta convocatoria"
                : "no está en el expediente"
            return registroFinding(data, expected: name, actual: problem,
                                   values: ["documento": name, "problem": problem, "names": DataPublications.documentNames(data)])
        }
    }
}
