/// The applicant data names another convocatoria than the one the folder was checked against.
struct DataConvocatoriaCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataConvocatoria, stage: .data,
        title: "Registro de otra convocatoria",
        rationale: "Cada convocatoria pide documentos distintos; revisar un expediente con las reglas de otra da observaciones que no le corresponden.",
        parameters: ["registro", "registered"],
        examples: ["REGISTRO.yaml dice cer-2026-2027 y se revisó con --convocatoria enarm-xlviii-2025-2026"],
        maxSeverity: .aviso
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let registered = data.registro?.convocatoria, registered != data.convocatoria.id else { return [] }
        return [registroFinding(data, expected: data.convocatoria.id, actual: registered, values: ["registered": registered])]
    }
}
