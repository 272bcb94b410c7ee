/// The applicant data names another convocatoria than the one the folder was checked against.
struct DataConvocatoriaCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataConvocatoria, stage: .data,
        title: "Registro de otra convocatoria",
        rationale: "Cada convocatoria pide documentos distintos; revisar un expediente con las reglas de otra da observaciones que no le corresponden.",
        severity: .aviso,
        message: "Según {registro}, el expediente es de la convocatoria {registered}, pero se revisó con {expected}.",
        hint: "Revise con --convocatoria {registered}, o quite --convocatoria para usar la del registro.",
        parameters: ["registro", "registered"],
        examples: [
            .triggers("REGISTRO.yaml dice cer-2026-2027 y se revisó con la del ENARM", .registro("convocatoria: cer-2026-2027\n")),
            .passes("REGISTRO.yaml dice la convocatoria con que se revisó", .registro("convocatoria: enarm-xlviii-2025-2026\n")),
        ],
        maxSeverity: .aviso
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let registered = data.registro?.convocatoria, registered != data.convocatoria.id else { return [] }
        return [registroFinding(data, expected: data.convocatoria.id, actual: registered, values: ["registered": registered])]
    }
}
