/// A QR that was read, but whose modules are so few pixels wide that another reader may fail.
struct QRSmallModulesCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qrSmallModules, stage: .qr,
        title: "Módulos del código QR demasiado pequeños",
        rationale: "Un QR con menos de 3 px por módulo se lee solo en condiciones ideales: se pide escanear a 300 ppp y que el QR sea legible, y un escaneo reducido o de baja resolución puede no leerse al validar.",
        severity: .aviso,
        message: "El código QR de {document} se leyó, pero tiene {module_px} px por módulo (se necesitan al menos {min_module_px}); otro lector podría no leerlo.",
        hint: "Escanee el documento original a 300 ppp o más, sin reducir la imagen, para que cada módulo del QR tenga al menos {min_module_px} px.",
        parameters: ["module_px", "min_module_px", "module_note"],
        examples: [
            .triggers("el QR de PUNTAJENARM.JPG con módulos de 2 px (escaneo reducido)", .page("PUNTAJENARM", PageRecipe(qr: .smallModules(2)))),
            .passes("el QR impreso a 300 ppp", .page("PUNTAJENARM")),
        ]
    )

    func run(on document: QRRead) -> [Finding] {
        let rule = document.rule
        guard let smallest = document.scan.codes.compactMap(\.moduleSize).min(), QRModuleNote.isSmall(smallest, rule: rule)
        else { return [] }
        let values = QRModuleNote.values(moduleSize: smallest, rule: rule)
        return [Finding(Self.definition, expected: "al menos \(values["min_module_px"]!) px por módulo",
                        actual: "\(values["module_px"]!) px por módulo", values: values)]
    }
}
