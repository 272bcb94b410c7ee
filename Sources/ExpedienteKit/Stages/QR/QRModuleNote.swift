/// The `module_px` and `module_note` placeholders of the QR findings: how many pixels each module
/// of the symbol has and, when that is under the rule's minimum, a sentence that says so.
enum QRModuleNote {
    static func values(moduleSize: Double?, rule: QRRule) -> [String: String] {
        let minimum = QRCode.formatModuleSize(rule.resolvedMinModulePixels)
        guard let moduleSize else { return ["module_px": "?", "min_module_px": minimum, "module_note": ""] }
        let shown = QRCode.formatModuleSize(moduleSize)
        let note = moduleSize < rule.resolvedMinModulePixels
            ? " El QR tiene \(shown) px por módulo (se necesitan al menos \(minimum)); escanee el original a 300 ppp o más, sin reducir la imagen."
            : ""
        return ["module_px": shown, "min_module_px": minimum, "module_note": note]
    }

    static func isSmall(_ moduleSize: Double?, rule: QRRule) -> Bool {
        moduleSize.map { $0 < rule.resolvedMinModulePixels } ?? false
    }
}
