/// The applicant data changed after the SOLICITUD was scanned: the call asks for the last print
/// (ENARM 2.2.1 j and 3.2 c; CER 3.1 12). An aviso: the tool sees files, not the registro system.
struct DataSolicitudOutdatedCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataSolicitudOutdated, stage: .data,
        title: "Solicitud anterior a los datos del registro",
        rationale: "La solicitud que se adjunta debe ser la última impresión generada en el sistema de registro; si los datos cambiaron después, la fecha y hora de la solicitud no coinciden con las del último ingreso.",
        severity: .aviso,
        message: "{registro} cambiaron después de escanear {file}: {reason}. La solicitud debe ser la última impresión generada en el registro.",
        hint: "Si cambió datos en el sistema de registro, imprima de nuevo la solicitud, fírmela, escanéela y reemplace {file}; si no cambió nada en el sistema, no hace falta.",
        parameters: ["registro", "reason"],
        examples: [
            .triggers("REGISTRO.yaml modificado un día después de SOLICITUD.JPG",
                      .registroLater("curp: PEGL890909MJCRMS08\n", by: 86_400, pages: ["SOLICITUD": PageRecipe()])),
            .passes("REGISTRO.yaml y SOLICITUD.JPG del mismo momento (una copia de la carpeta)",
                    .registroLater("curp: PEGL890909MJCRMS08\n", by: 30, pages: ["SOLICITUD": PageRecipe()])),
        ],
        maxSeverity: .aviso
    )

    func run(on data: DataContext) -> [Finding.Located] {
        guard let age = data.solicitudAge, let solicitud = data.documents(of: "SOLICITUD").first else { return [] }
        var values = ["reason": age.reason(registroFile: data.registroFile, solicitudFile: solicitud.file)]
        values["registro"] = data.registroLabel.prefix(1).uppercased() + data.registroLabel.dropFirst()
        return [Finding.Located(Finding(Self.definition, expected: "la solicitud impresa después del último cambio", actual: values["reason"],
                                        values: values),
                                kind: solicitud.kind, file: solicitud.file)]
    }
}
