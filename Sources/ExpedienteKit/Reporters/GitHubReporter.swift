/// The `github` format: GitHub Actions workflow commands, one annotation per finding
/// (`::error` for what must be fixed, `::warning` for avisos) on the file, or without a file and
/// with the folder in its title for findings about it (GitHub cannot show a folder), after a
/// `::notice` when the folder's convocatoria was only assumed or chosen by its documents; at the
/// end a `::notice` when there are more than GitHub shows per step, pointing to SARIF. Values are escaped as the runner expects (`%`, and `:` `,` in
/// properties) and line breaks and other control characters are shown as `\xNN`, so a file
/// name cannot end a command or start another.
public struct GitHubReporter: Reporter {
    var errors = 0
    var warnings = 0

    public init() {}

    public mutating func begin() -> String { "" }

    public mutating func add(_ report: ExpedienteReport) -> String {
        var out = ""
        if let note = report.convocatoriaNote {
            out += "::notice title=\(Self.property("Convocatoria de \(report.path)"))::" + Self.data(note) + "\n"
        }
        for o in report.observations {
            let level = o.severity == .aviso ? "warning" : "error"
            if level == "error" { errors += 1 } else { warnings += 1 }
            var message = "\(o.severity.label): \(o.message)"
            if let hint = o.hint { message += " → \(hint)" }
            // GitHub shows an annotation on a file, never on a folder: a finding about the folder
            // (a missing document) names the folder in its title and has no file.
            let location = o.file.map { "file=\(Self.property(report.path + "/" + $0))," } ?? ""
            let title = o.file == nil ? "\(report.path): \(o.check) (\(report.status.rawValue))" : "\(o.check) (\(report.status.rawValue))"
            out += "::\(level) \(location)title=\(Self.property(title))::" + Self.data(message) + "\n"
        }
        return out
    }

    /// GitHub shows at most this many error and this many warning annotations per step.
    public static let shownPerStep = 10

    public mutating func end() -> String {
        guard errors > Self.shownPerStep || warnings > Self.shownPerStep else { return "" }
        return "::notice title=\(Self.property("expediente: \(errors) error(es) y \(warnings) aviso(s)"))::"
            + Self.data("GitHub muestra solo \(Self.shownPerStep) anotaciones de error y \(Self.shownPerStep) de advertencia por paso; "
                + "todos los hallazgos están en el informe SARIF (--format sarif, vista de code scanning) o en JUnit.") + "\n"
    }

    /// A message: control characters shown as `\xNN` (as in the text report), then escaped.
    static func data(_ text: String) -> String { escape(text, property: false) }

    static func property(_ text: String) -> String { escape(text, property: true) }

    private static func escape(_ text: String, property: Bool) -> String {
        var out = ""
        for scalar in TerminalText.safe(text).unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
