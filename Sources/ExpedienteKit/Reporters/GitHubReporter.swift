/// The `github` format: GitHub Actions workflow commands, one annotation per finding
/// (`::error` for what must be fixed, `::warning` for avisos) on the file, or on the folder
/// for findings about it, after a `::notice` when the folder's convocatoria was only assumed or
/// chosen by its documents. Values are escaped as the runner expects (`%`, and `:` `,` in
/// properties) and line breaks and other control characters are shown as `\xNN`, so a file
/// name cannot end a command or start another.
public struct GitHubReporter: Reporter {
    public init() {}

    public mutating func begin() -> String { "" }

    public mutating func add(_ report: ExpedienteReport) -> String {
        var out = ""
        if let note = report.convocatoriaNote {
            out += "::notice title=\(Self.property("Convocatoria de \(report.path)"))::" + Self.data(note) + "\n"
        }
        for o in report.observations {
            let level = o.severity == .aviso ? "warning" : "error"
            let file = o.file.map { report.path + "/" + $0 } ?? report.path
            var message = "\(o.severity.label): \(o.message)"
            if let hint = o.hint { message += " → \(hint)" }
            out += "::\(level) file=\(Self.property(file)),title=\(Self.property("\(o.check) (\(report.status.rawValue))"))::"
                + Self.data(message) + "\n"
        }
        return out
    }

    public mutating func end() -> String { "" }

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
