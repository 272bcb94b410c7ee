/// A registered grade outside 0-100.
struct DataGradeRangeCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataGradeRange, stage: .data,
        title: "Calificación fuera de 0-100",
        rationale: "Las calificaciones se registran en base 100; un valor negativo o mayor que 100 es un error de captura.",
        message: "{grade}: el valor registrado {value} está fuera de la escala 0-100.",
        hint: "Registre la calificación en base 100 con un decimal (por ejemplo 88.0).",
        parameters: ["registro", "grade", "value"],
        examples: [
            .triggers("promedio_licenciatura: 880", .registro("calificaciones:\n  promedio_licenciatura: 880\n")),
            .passes("promedio_licenciatura: 88.0", .registro("calificaciones:\n  promedio_licenciatura: 88.0\n")),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let registro = data.registro else { return [] }
        return data.gradeFields(of: registro).compactMap { field, grade in
            guard GradeScale.judge(grade.valor, declaredScale: grade.escala) == .outOfRange else { return nil }
            let value = "\(grade.valor)"
            return registroFinding(data, expected: "0.0 a 100.0", actual: value, values: ["grade": field, "value": value])
        }
    }
}
