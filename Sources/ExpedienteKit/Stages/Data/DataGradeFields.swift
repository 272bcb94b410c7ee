extension DataContext {
    /// The registered grades the call asks for, by their title, in the call's order.
    func gradeFields(of registro: Registro) -> [(String, Registro.Grade)] {
        (convocatoria.file.registro?.calificaciones ?? []).compactMap { field in
            registro.calificaciones[field.id].map { ("\(field.title) (\(field.id))", $0) }
        }
    }
}
