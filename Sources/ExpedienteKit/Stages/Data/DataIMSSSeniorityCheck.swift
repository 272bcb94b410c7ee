/// An IMSS worker's registered seniority outside the call's range (ENARM call, «Condiciones
/// generales para los trabajadores del IMSS»: 1 to 15 years).
struct DataIMSSSeniorityCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataIMSSSeniority, stage: .data,
        title: "Antigüedad de trabajador IMSS fuera del intervalo",
        rationale: "La convocatoria pide a los trabajadores del IMSS una antigüedad efectiva mínima y máxima.",
        message: "Registró una antigüedad efectiva en el IMSS de {years}; la convocatoria pide a los trabajadores del IMSS de {min} a {max} años.",
        hint: "Revise su antigüedad efectiva (la certifica su área de personal): fuera de ese intervalo no cumple las condiciones de la convocatoria para los trabajadores del IMSS.",
        parameters: ["registro", "years", "min", "max"],
        examples: [
            .triggers("trabajador IMSS con 16 años", .registro("perfil: trabajador-imss\nantiguedad_imss_anios: 16\n")),
            .triggers("trabajador IMSS con medio año", .registro("perfil: trabajador-imss\nantiguedad_imss_anios: 0.5\n")),
            .passes("trabajador IMSS con 15 años", .registro("perfil: trabajador-imss\nantiguedad_imss_anios: 15\n")),
            .passes("20 años sin el perfil trabajador IMSS (la condición es de los trabajadores)", .registro("perfil: todos\nantiguedad_imss_anios: 20\n")),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let range = data.convocatoria.file.registro?.antiguedadIMSS, let years = data.registro?.antiguedadIMSSAnios else { return [] }
        if let perfil = range.perfil, !data.convocatoria.applicablePerfiles(data.perfil).contains(perfil) { return [] }
        guard years < range.min || years > range.max else { return [] }
        let shown = GradeScale.formatScale(years) + (years == 1 ? " año" : " años")
        return [registroFinding(data, expected: "\(GradeScale.formatScale(range.min))-\(GradeScale.formatScale(range.max))", actual: GradeScale.formatScale(years),
                                values: ["years": shown, "min": GradeScale.formatScale(range.min), "max": GradeScale.formatScale(range.max)])]
    }
}
