/// A QR that was read, but whose modules are so few pixels wide that another reader may fail.
struct QRSmallModulesCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qrSmallModules, stage: .qr,
        title: "Módulos del código QR demasiado pequeños",
        rationale: "Un QR con menos de 3 px por módulo se lee solo en condiciones ideales: la convocatoria pide 300 ppp y que el QR sea legible, y un escaneo reducido o de baja resolución puede no leerse al validar.",
        parameters: ["module_px", "min_module_px", "module_note"],
        examples: ["PUNTAJENARM.JPG con el QR de 2 px por módulo (escaneo reducido): aviso",
                   "un QR de 6 px por módulo, lo normal a 300 ppp: nada"]
    )

    func run(on document: DocumentContext) -> [Finding] {
        guard let rule = document.kind.qr, rule.presence != .none, let codes = document.qrCodes,
              let smallest = codes.compactMap(\.moduleSize).min(), QRModuleNote.isSmall(smallest, rule: rule)
        else { return [] }
        let values = QRModuleNote.values(moduleSize: smallest, rule: rule)
        return [Finding(Self.definition, expected: "al menos \(values["min_module_px"]!) px por módulo",
                        actual: "\(values["module_px"]!) px por módulo", values: values)]
    }
}
