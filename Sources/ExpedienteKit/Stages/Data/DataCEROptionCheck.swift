/// The registered CER is not open to the registered prerequisite course and grade (CER call,
/// table 1). Names are matched by specialty, not by spelling: any name of a specialty in
/// `especialidades.yaml` (the table's own wording, with its typos, or the usual names) counts.
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
            .triggers("Urología con Medicina Interna, grado 1 (pide Cirugía General)", .registro("especialidad: {cer: Urología, ceme: Medicina Interna, grado: 1}\n"), convocatoria: "cer-2026-2027"),
            .passes("Cardiología con Medicina Interna, grado 2", .registro("especialidad: {cer: Cardiología, ceme: Medicina Interna, grado: 2}\n"), convocatoria: "cer-2026-2027"),
            .passes("Urología con «Cirugía General», grado 1 (la tabla imprime «Cirugia»)", .registro("especialidad: {cer: Urología, ceme: Cirugía General, grado: 1}\n"), convocatoria: "cer-2026-2027"),
            .passes("Urología ginecológica con «Gineco obstetricia», grado 4 (la tabla imprime «Ginecología y Obstetricia»)", .registro("especialidad: {cer: Urología ginecológica, ceme: Gineco obstetricia, grado: 4}\n"), convocatoria: "cer-2026-2027"),
        ]
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let chosen = data.registro?.especialidad, let catalog = data.convocatoria.especialidades else { return [] }
        let cer = catalog.specialty(named: chosen.cer)
        let ceme = catalog.specialty(named: chosen.ceme)
        let matches = cer.map { cer in catalog.tabla.filter { $0.cer == cer.id } } ?? []
        if let ceme, matches.contains(where: { $0.ceme == ceme.id && $0.grado == chosen.grado }) { return [] }
        let options = matches.isEmpty
            ? "«\(chosen.cer)» no es un CER de la tabla 1 (revise cómo lo escribió)"
            : matches.map { "\(catalog.title(of: $0.ceme)), grado \($0.grado)" }.joined(separator: "; ")
        let registered = "\(ceme?.title ?? chosen.ceme), grado \(chosen.grado)"
        return [registroFinding(data, expected: options, actual: registered,
                                values: ["cer": cer?.title ?? chosen.cer, "ceme": ceme?.title ?? chosen.ceme, "grado": String(chosen.grado), "options": options])]
    }
}
