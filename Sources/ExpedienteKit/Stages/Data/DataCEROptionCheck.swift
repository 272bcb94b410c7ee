/// The registered CER is not open to the registered prerequisite course and grade (CER call, table 1).
struct DataCEROptionCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataCEROption, stage: .data,
        title: "CER y curso prerrequisito",
        rationale: "Solo se puede elegir el CER disponible para el CEME y el grado prerrequisito cursados (tabla 1 de la convocatoria).",
        message: "El CER registrado «{cer}» no se puede elegir con {ceme}, grado {grado}; la tabla 1 lo admite con: {options}.",
        hint: "Elija el CER que corresponde al CEME y grado prerrequisito que cursó (tabla 1).",
        parameters: ["registro", "cer", "ceme", "grado", "options"],
        examples: [
            .triggers("Neonatología con Pediatría, grado 2 (pide grado 3)", .registro("especialidad: {cer: Neonatología, ceme: Pediatría, grado: 2}\n"), convocatoria: "cer-2026-2027"),
            .passes("Cardiología con Medicina Interna, grado 2", .registro("especialidad: {cer: Cardiología, ceme: Medicina Interna, grado: 2}\n"), convocatoria: "cer-2026-2027"),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let chosen = data.registro?.especialidad, let table = data.convocatoria.file.registro?.especialidades else { return [] }
        let matches = table.filter { FileName.fold($0.cer) == FileName.fold(chosen.cer) }
        if matches.contains(where: { FileName.fold($0.ceme) == FileName.fold(chosen.ceme) && $0.grado == chosen.grado }) { return [] }
        let options = matches.isEmpty
            ? "«\(chosen.cer)» no está en la tabla 1"
            : matches.map { "\($0.ceme), grado \($0.grado)" }.joined(separator: "; ")
        return [registroFinding(data, expected: options, actual: "\(chosen.ceme), grado \(chosen.grado)",
                                values: ["cer": chosen.cer, "ceme": chosen.ceme, "grado": String(chosen.grado), "options": options])]
    }
}
