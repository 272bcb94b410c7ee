/// A registered publication date after the latest the call admits (CER call 7.1 E).
struct DataPublicationDateCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataPublicationDate, stage: .data,
        title: "Publicación posterior a la fecha máxima",
        rationale: "La convocatoria solo considera publicaciones con fecha de publicación hasta el día que fija, y declarar publicaciones que no cumplen la sección 7 podría llevar al rechazo del expediente.",
        message: "La publicación de {documento} está registrada con fecha {fecha}, posterior al {limit}: la convocatoria solo considera publicaciones con fecha de publicación a más tardar ese día.",
        hint: "Si la fecha es correcta, quite la publicación del registro y su archivo: declarar publicaciones que no cumplen la sección 7 puede llevar al rechazo del expediente; si no, corrija la fecha.",
        parameters: ["registro", "documento", "fecha", "limit"],
        examples: [
            .triggers("fecha: 2024-12-02", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, fecha: 2024-12-02}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
            .passes("fecha: 2024-12-01, el último día admitido", .registro("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, fecha: 2024-12-01}\n", pages: ["PUBLICACION1": PageRecipe()]), convocatoria: "cer-2026-2027"),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let limit = data.convocatoria.file.registro?.publicaciones?.fechaMax else { return [] }
        return (data.registro?.publicaciones ?? []).compactMap { publication in
            guard let date = publication.fecha, date > limit else { return nil }
            return registroFinding(data, expected: "a más tardar \(limit)", actual: date.description,
                                   values: ["documento": publication.documento, "fecha": date.description, "limit": limit.spanish])
        }
    }
}
