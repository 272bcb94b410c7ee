/// The applicant data file cannot be used: unreadable, not YAML/JSON, an unknown key or grade.
struct DataRegistroCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataRegistro, stage: .data,
        title: "Datos del registro ilegibles",
        rationale: "Los datos registrados se comparan con los documentos; un archivo de registro que no se puede leer deja esas comprobaciones sin hacer.",
        message: "No se pueden usar {registro}: {reason}.",
        hint: "Corrija el archivo de registro (YAML o JSON); vea «Datos del aspirante» en el README.",
        parameters: ["registro", "reason"],
        examples: [
            .triggers("REGISTRO.yaml con la clave «curpp»", .registro("curpp: PEGL890909MJCRMS08\n")),
            .passes("REGISTRO.yaml con claves conocidas", .registro("curp: PEGL890909MJCRMS08\n")),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        if let error = data.registroError {
            let at = error.line.map { " (línea \($0))" } ?? ""
            return [registroFinding(data, actual: error.reason, values: ["reason": error.reason + at])]
        }
        guard let registro = data.registro else { return [] }
        let known = (data.convocatoria.file.registro?.calificaciones ?? []).map(\.id)
        return registro.calificaciones.keys.sorted().filter { !known.contains($0) }.map { id in
            let reason = "la calificación «\(id)» no la pide esta convocatoria; se admiten: \(known.isEmpty ? "ninguna" : known.joined(separator: ", "))"
            return registroFinding(data, expected: known.joined(separator: ", "), actual: id, values: ["reason": reason])
        }
    }
}
