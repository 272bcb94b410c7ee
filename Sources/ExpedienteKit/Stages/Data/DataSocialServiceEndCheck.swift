/// The registered end of the social service is not before the day the call fixes (ENARM
/// call 2.2.1 h: «concluirá antes del 01 de marzo del 2025»).
struct DataSocialServiceEndCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataSocialServiceEnd, stage: .data,
        title: "Servicio social que concluye después de la fecha",
        rationale: "La convocatoria pide la constancia de término del servicio social, o la de que lo está realizando y concluirá antes de la fecha que fija.",
        message: "Registró que el servicio social concluye el {fecha}; la convocatoria pide que concluya antes del {limit}.",
        hint: "Revise la fecha de término en su constancia de servicio social (SERVICIOSOCIAL): si concluye el {limit} o después, no cumple el requisito de la convocatoria.",
        parameters: ["registro", "fecha", "limit"],
        examples: [
            .triggers("fin_servicio_social: 2025-03-01", .registro("fin_servicio_social: 2025-03-01\n")),
            .passes("fin_servicio_social: 2025-02-28", .registro("fin_servicio_social: 2025-02-28\n")),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let limit = data.convocatoria.file.registro?.finServicioSocial?.antesDe,
              let end = data.registro?.finServicioSocial, end >= limit else { return [] }
        return [registroFinding(data, expected: "antes de \(limit)", actual: end.description,
                                values: ["fecha": end.spanish, "limit": limit.spanish])]
    }
}
