/// The readable Spanish report, grouped by document.
public enum TextReporter {
    public static func render(_ report: ExpedienteReport, convocatoria: Convocatoria, style: TextStyle = TextStyle(enabled: false)) -> String {
        let perfil = report.perfil ?? convocatoria.basePerfil.id
        var lines: [String] = []
        lines.append(style.bold("Expediente: \(TerminalText.safe(report.path))"))
        lines.append("Convocatoria: \(convocatoria.id) — \(convocatoria.title)")
        if let note = report.convocatoriaNote { lines.append(style.yellow("  \(TerminalText.safe(note))")) }
        lines.append("Perfil: \(convocatoria.perfilTitle(perfil))")
        lines.append("")

        let documentFiles = Set(report.documents.map(\.file))
        let folderFindings = report.observations.filter { $0.file.map { !documentFiles.contains($0) } ?? true }
        if !folderFindings.isEmpty {
            lines.append(style.bold("Carpeta"))
            lines += describe(folderFindings, style: style)
            lines.append("")
        }
        for document in report.documents {
            let findings = report.observations.filter { $0.file == document.file }
            let header = "\(document.kind) — \(TerminalText.safe(document.file))"
            if findings.isEmpty {
                lines.append("\(style.bold(header))  \(style.green("✓ sin observaciones"))")
            } else {
                lines.append(style.bold(header))
                lines += describe(findings, style: style)
            }
        }
        if let points = report.additionalPoints {
            lines.append("")
            lines += describe(points, style: style)
        }
        lines.append("")
        // Counted as shown: the findings about one file's name are one entry.
        let counts = FindingEntry.counts(report)
        lines.append("Resumen: \(report.documents.count) documento(s); \(counts[0]) anulación(es), "
            + "\(counts[1]) observación(es), \(counts[2]) aviso(s).")
        let statusLine = "Estatus: \(report.status.rawValue) (\(report.status.outlook))"
        lines.append(report.status.isClear ? style.green(statusLine) : style.red(statusLine))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The extra points the documents support: information, not findings.
    private static func describe(_ points: AdditionalPoints, style: TextStyle) -> [String] {
        let cap = points.maximum.map { " (máximo \(AdditionalPoints.format($0)))" } ?? ""
        var lines = [style.bold("Puntaje adicional que sustentan los documentos: \(AdditionalPoints.format(points.total))\(cap)")]
        for item in points.items {
            let mark = item.counted ? style.green("✓") : style.yellow("✗")
            lines.append("  \(mark) \(item.title): \(AdditionalPoints.format(item.points)) — \(TerminalText.safe(item.reason))")
        }
        lines.append(style.dim("  Fuente: \(points.source) Es información para el aspirante: el validador decide."))
        return lines
    }

    /// One line per folder, for `batch`: path, status and how many findings must be fixed.
    public static func line(_ report: ExpedienteReport) -> String {
        let blocking = report.observations.filter { $0.severity != .aviso }.count
        return "\(TerminalText.safe(report.path)): \(report.status.rawValue) (\(blocking) observación(es))\n"
    }

    /// The `text` format: the whole report of `check`, a line per folder in `batch`.
    public struct Stream: Reporter {
        let context: ReportContext

        public init(_ context: ReportContext) { self.context = context }

        public mutating func begin() -> String { "" }

        public mutating func add(_ report: ExpedienteReport) -> String {
            context.batch ? line(report)
                : render(report, convocatoria: context.convocatoria(of: report), style: context.style)
        }

        public mutating func end() -> String { "" }
    }

    /// One entry per problem (`FindingEntry`); a hint the next entry repeats is shown once,
    /// after the last of the run.
    private static func describe(_ observations: [Observation], style: TextStyle) -> [String] {
        let entries = FindingEntry.entries(observations)
        return entries.indices.flatMap { i in
            let repeated = i + 1 < entries.count && entries[i + 1].hint == entries[i].hint
                && entries[i + 1].file == entries[i].file
            return describe(entries[i], showHint: !repeated, style: style)
        }
    }

    private static func describe(_ o: FindingEntry, showHint: Bool, style: TextStyle) -> [String] {
        let label: String = switch o.severity {
        case .anulacion: style.red(o.severity.label)
        case .observacion: style.red(o.severity.label)
        case .aviso: style.yellow(o.severity.label)
        }
        var lines = ["  \(label) [\(o.checks.joined(separator: ", "))] \(TerminalText.safe(o.message))"]
        if o.expected != nil || o.actual != nil {
            lines.append(style.dim("    esperado: \(TerminalText.safe(o.expected ?? "—")) · encontrado: \(TerminalText.safe(o.actual ?? "—"))"))
        }
        if let hint = o.hint, showHint {
            lines.append(style.cyan("    → \(TerminalText.safe(hint))"))
        }
        return lines
    }
}
