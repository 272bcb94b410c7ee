/// A document issued abroad must be notarised and apostilled (and translated): the tool
/// cannot see a seal's validity, so it reminds the applicant on each such document.
struct DataApostilleCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataApostille, stage: .data,
        title: "Documento extranjero: notariado y apostillado",
        rationale: "Para quien estudió medicina en el extranjero, la convocatoria exige que los documentos expedidos en el extranjero que lista (título, certificado, internado, servicio social…) estén notariados y apostillados; una imagen no permite verificarlo.",
        severity: .aviso,
        message: "{document} es un documento extranjero: debe estar notariado y apostillado; la herramienta no puede verificarlo en la imagen.",
        hint: "Incluya en el mismo archivo el documento notariado y su apostilla.",
        parameters: ["registro"],
        examples: [
            .triggers("TITULO1.JPG de un aspirante con estudios en el extranjero", .registro("perfil: estudios-extranjero\n", pages: ["TITULO1": PageRecipe()])),
            .passes("TITULO1.JPG de un aspirante que estudió en México", .registro("perfil: todos\n", pages: ["TITULO1": PageRecipe()])),
        ],
        maxSeverity: .aviso
    )

    func run(on data: DataContext) -> [Finding.Located] {
        let applicable = data.convocatoria.applicablePerfiles(data.perfil)
        return data.documents.compactMap { document in
            guard !applicable.isDisjoint(with: document.kind.apostilleFor) else { return nil }
            return Finding.Located(Finding(Self.definition, expected: "notariado y apostillado", actual: "no verificable en la imagen",
                                           values: ["registro": data.registroLabel]),
                                   kind: document.kind, file: document.file)
        }
    }
}
