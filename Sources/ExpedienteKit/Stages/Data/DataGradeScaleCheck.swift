/// A registered grade that looks like a 10-point (or 5-point) grade: the call wants base 100.
struct DataGradeScaleCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataGradeScale, stage: .data,
        title: "Calificación en base 100",
        rationale: "La convocatoria pide registrar todas las calificaciones en base 100 (8.8 se registra 88.0; una escala de 5 se convierte por 20) y considera erróneo cualquier otro valor.",
        message: "{grade}: registró {value}, que parece una calificación en escala de 10; en base 100 es {register}.{five_point_note}",
        hint: "Registre {register}: la convocatoria pide todas las calificaciones en base 100 y considera erróneo cualquier otro valor.",
        parameters: ["registro", "grade", "value", "register", "five_point_note"],
        examples: [
            .triggers("promedio_licenciatura: 8.8 (debe ser 88.0)", .registro("calificaciones:\n  promedio_licenciatura: 8.8\n")),
            .passes("promedio_licenciatura: 88.0", .registro("calificaciones:\n  promedio_licenciatura: 88.0\n")),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let registro = data.registro else { return [] }
        return data.gradeFields(of: registro).compactMap { field, grade in
            guard case .tenPoint(let register, let fivePoint) = GradeScale.judge(grade.valor, declaredScale: grade.escala) else { return nil }
            let value = "\(grade.valor)"
            let note = fivePoint.map { " Si su certificado usa escala de 5 (con su documento de equivalencia), registre \(GradeScale.format($0))." } ?? ""
            return registroFinding(data, expected: GradeScale.format(register), actual: value,
                                   values: ["grade": field, "value": value, "register": GradeScale.format(register), "five_point_note": note])
        }
    }
}
