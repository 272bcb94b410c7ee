/// The report of `fix`: per document what was written and what changed, the files left out,
/// then the check of SALIDA (text), or all of it as one object (`expediente-fix/1` JSON).
public enum FixReporter {
    public static let schemaID = "expediente-fix/1"

    public static func text(_ result: FixResult, convocatoria: Convocatoria, style: TextStyle = TextStyle(enabled: false)) -> String {
        var lines = [style.bold("Corrección de «\(TerminalText.safe(result.source))» en «\(TerminalText.safe(result.output))»"), ""]
        lines.append(style.bold("Documentos"))
        for document in result.documents {
            let header = "\(document.kind) — \(TerminalText.safe(document.source))"
            let target = document.outputs.isEmpty || document.outputs == [document.source] ? "" : " → " + document.outputs.joined(separator: ", ")
            switch document.action {
            case .copied:
                lines.append("\(header): \(style.green("copiado sin cambios"))")
            case .renamed:
                lines.append("\(header)\(target): \(style.green("copiado sin cambios, con su nombre exacto"))")
            case .rewritten:
                lines.append("\(header)\(target)")
                lines.append("  " + describe(document))
            case .refused:
                lines.append("\(header): \(style.red("no se escribió"))")
                lines.append("  " + TerminalText.safe(document.reason ?? ""))
            }
        }
        if !result.skipped.isEmpty {
            lines.append("")
            lines.append(style.bold("No se copiaron"))
            for skipped in result.skipped {
                lines.append("  \(TerminalText.safe(skipped.file)): \(skipped.reason)")
            }
        }
        lines.append("")
        lines.append(style.bold("Revisión de la carpeta corregida"))
        return lines.joined(separator: "\n") + "\n" + TextReporter.render(result.report, convocatoria: convocatoria, style: style)
    }

    /// «690 123 → 388 004 bytes; 72 → 300 ppp; calidad 92 → 78; color → gris», then the changes.
    static func describe(_ document: FixResult.Document) -> String {
        var parts: [String] = []
        if let before = document.before, let after = document.after {
            parts.append("\(FixWords.bytes(before.bytes)) → \(FixWords.bytes(after.bytes))")
            if before.dpi != after.dpi { parts.append("\(before.dpi.map { "\($0) ppp" } ?? "sin densidad") → \(after.dpi.map { "\($0) ppp" } ?? "sin densidad")") }
            if before.width != after.width || before.height != after.height {
                parts.append("\(before.width) × \(before.height) → \(after.width) × \(after.height) px")
            }
            if let quality = after.quality, before.quality != quality { parts.append("calidad \(before.quality.map(String.init) ?? "—") → \(quality)") }
            if FixWords.color(before.color) != FixWords.color(after.color) {
                parts.append("\(FixWords.color(before.color)) → \(FixWords.color(after.color))")
            }
        }
        let changes = document.changes.map(\.spanish)
        return (parts + (changes.isEmpty ? [] : ["(" + changes.joined(separator: "; ") + ")"])).joined(separator: "; ")
    }

    public static func json(_ result: FixResult) -> String {
        JSONValue.object([
            ("schema", .string(schemaID)),
            ("source", .string(result.source)),
            ("output", .string(result.output)),
            ("documents", .array(result.documents.map { document in
                .object([
                    ("kind", .string(document.kind)),
                    ("source", .string(document.source)),
                    ("outputs", .array(document.outputs.map(JSONValue.string))),
                    ("action", .string(document.action.rawValue)),
                    ("changes", .array(document.changes.map(\.json))),
                    ("before", document.before.map(summary) ?? .null),
                    ("after", document.after.map(summary) ?? .null),
                    ("reason", .optional(document.reason)),
                ])
            })),
            ("skipped", .array(result.skipped.map { .object([("file", .string($0.file)), ("reason", .string($0.reason))]) })),
            ("report", JSONReporter.value(result.report)),
        ]).serialized(indent: 2) + "\n"
    }

    static func summary(_ page: PageSummary) -> JSONValue {
        .object([
            ("bytes", .number(page.bytes)), ("width", .number(page.width)), ("height", .number(page.height)),
            ("dpi", page.dpi.map { .number($0) } ?? .null), ("quality", page.quality.map { .number($0) } ?? .null),
            ("color", .string(page.color)),
        ])
    }
}
