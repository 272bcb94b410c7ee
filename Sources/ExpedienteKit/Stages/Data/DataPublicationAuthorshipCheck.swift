/// A registered publication whose authorship the call does not take (CER call 7.1 F: first
/// or second author only; 7.1 H 9).
struct DataPublicationAuthorshipCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataPublicationAuthorship, stage: .data,
        title: "Publicación con autoría que no se considera",
        rationale: "Solo se consideran las publicaciones como primer o segundo autor, y declarar publicaciones que no cumplen la sección 7 podría llevar al rechazo del expediente.",
        message: "La publicación de {documento} está registrada con autoría {autoria}; la convocatoria solo considera publicaciones como {accepted}.",
        hint: "Si la autoría es correcta, quite la publicación del registro y su archivo: declarar publicaciones que no cumplen la sección 7 puede llevar al rechazo del expediente; si no, corrija la autoría.",
        parameters: ["registro", "documento", "autoria", "accepted"],
        examples: [
            .triggers("PUBLICACION1 como tercer autor", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 3}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
            .passes("PUBLICACION1 como segundo autor", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 2}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let publications = data.registro?.publicaciones else { return [] }
        let accepted = Set((data.convocatoria.file.additionalPoints?.concepts ?? []).compactMap(\.authorship)).sorted()
        guard !accepted.isEmpty else { return [] }
        let ordinals = [1: "primer", 2: "segundo", 3: "tercer", 4: "cuarto", 5: "quinto"]
        let words = accepted.map { ordinals[$0] ?? "\($0)º" }
        let acceptedText = (words.count > 1 ? words.dropLast().joined(separator: ", ") + " o " + words.last! : words[0]) + " autor"
        return publications.compactMap { publication in
            guard !accepted.contains(publication.autoria) else { return nil }
            return registroFinding(data, expected: acceptedText, actual: String(publication.autoria),
                                   values: ["documento": publication.documento, "autoria": String(publication.autoria), "accepted": acceptedText])
        }
    }
}
