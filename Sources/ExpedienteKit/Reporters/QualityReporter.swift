/// `expediente quality`: the measured metrics of each file and its quality findings.
public enum QualityReporter {
    public static func value(_ inspection: DocumentInspection) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("file", .string(inspection.file)), ("document", .string(inspection.kind))]
        if let q = inspection.quality {
            func measure(_ value: Double?) -> JSONValue { value.map { .decimal($0, places: 4) } ?? .null }
            pairs.append(("metrics", .object([
                ("document_fraction", measure(q.documentFraction)),
                ("background", measure(q.background)),
                ("noise", measure(q.noise)),
                ("ink", measure(q.inkCoverage)),
                ("contrast", measure(q.contrast)),
                ("sharpness", measure(q.sharpness)),
                ("line_axis_ratio", measure(q.lineAxisRatio)),
                ("bottom_to_top_ink", measure(q.bottomToTopInk)),
            ])))
        } else {
            pairs.append(("metrics", .null))
        }
        pairs.append(("observations", .array(qualityFindings(inspection).map(JSONReporter.value))))
        if let error = inspection.error { pairs.append(("error", .string(error))) }
        return .object(pairs)
    }

    /// One block per file: the metrics in Spanish, then each quality finding.
    public static func text(_ inspection: DocumentInspection) -> String {
        let file = TerminalText.safe(inspection.file)
        if let error = inspection.error { return "\(file): error: \(error)\n" }
        guard let q = inspection.quality else {
            let reason = inspection.observations.first { ["type", "size", "jpeg", "integrity"].contains($0.check.prefix { $0 != "." }) }
            return "\(file): no se pudo medir la calidad: "
                + (reason.map { TerminalText.safe($0.message) } ?? "la imagen es demasiado pequeña o no tiene umbrales de calidad en las reglas") + "\n"
        }
        func show(_ value: Double?) -> String { value.map(QualityFormat.ratio) ?? "—" }
        var out = "\(file) (\(inspection.kind)): papel \(QualityFormat.level(q.background)), "
            + "contraste \(q.contrast.map(QualityFormat.level) ?? "—"), nitidez \(show(q.sharpness)), "
            + "ruido \(QualityFormat.ratio(q.noise)), tinta \(QualityFormat.percent(q.inkCoverage)), "
            + "documento \(QualityFormat.percent(q.documentFraction)), líneas \(show(q.lineAxisRatio)), "
            + "abajo/arriba \(show(q.bottomToTopInk))\n"
        let findings = qualityFindings(inspection)
        if findings.isEmpty { out += "  sin hallazgos de calidad\n" }
        for observation in findings {
            out += "  \(observation.severity.rawValue.uppercased()) \(observation.check): \(TerminalText.safe(observation.message))\n"
        }
        return out
    }

    static func qualityFindings(_ inspection: DocumentInspection) -> [Observation] {
        inspection.observations.filter { $0.check.hasPrefix("quality.") }
    }
}
