/// A registered grade that is not on base 100: on the scale the applicant declared, or one
/// that looks like a 10-point (or, at 5 or less, a 5-point) grade.
struct DataGradeScaleCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataGradeScale, stage: .data,
        title: "Calificación en base 100",
        rationale: "La convocatoria pide registrar todas las calificaciones en base 100 (8.8 se registra 88.0; una escala de 5 se convierte por 20) y considera erróneo cualquier otro valor.",
        message: "{grade}: registró {value}{scale}; en base 100 es {register}.",
        hint: "Registre {register_hint}: la convocatoria pide todas las calificaciones en base 100 y considera erróneo cualquier otro valor.",
        parameters: ["registro", "grade", "value", "scale", "register", "register_hint"],
        examples: [
            .triggers("promedio_licenciatura: 8.8 (debe ser 88.0)", .registro("calificaciones:\n  promedio_licenciatura: 8.8\n")),
            .triggers("internado: {valor: 4.7, escala: 5} (en base 100 es 94.0)", .registro("calificaciones:\n  internado: {valor: 4.7, escala: 5}\n")),
            .triggers("internado: 4.1 sin escala (82.0 en escala de 5 o 41.0 en escala de 10)", .registro("calificaciones:\n  internado: 4.1\n")),
            .passes("promedio_licenciatura: 88.0", .registro("calificaciones:\n  promedio_licenciatura: 88.0\n")),
            .passes("internado: {valor: 94.0, escala: 5}: ya está en base 100", .registro("calificaciones:\n  internado: {valor: 94.0, escala: 5}\n")),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let registro = data.registro else { return [] }
        return data.gradeFields(of: registro).compactMap { field, grade in
            let value = "\(grade.valor)"
            let scale: String, register: String, expected: String, registerHint: String
            switch GradeScale.judge(grade.valor, declaredScale: grade.escala) {
            case .ok, .outOfRange:
                return nil
            case .declared(let declared, let converted):
                scale = " en escala de \(GradeScale.formatScale(declared))"
                expected = GradeScale.format(converted)
                register = expected
                registerHint = expected
            case .tenPoint(let converted):
                scale = ", que parece una calificación en escala de 10"
                expected = GradeScale.format(converted)
                register = expected
                registerHint = expected
            case .fiveOrTenPoint(let five, let ten):
                let (five, ten) = (GradeScale.format(five), GradeScale.format(ten))
                scale = ", que parece una calificación en escala de 5 o de 10"
                expected = "\(five) o \(ten)"
                register = "\(five) si su certificado usa escala de 5 (con su documento de equivalencia), o \(ten) si usa escala de 10"
                registerHint = "\(five) si su certificado usa escala de 5, o \(ten) si usa escala de 10 (y declare la escala en el registro, p. ej. «escala: 5»)"
            }
            return registroFinding(data, expected: expected, actual: value,
                                   values: ["grade": field, "value": value, "scale": scale, "register": register, "register_hint": registerHint])
        }
    }
}
