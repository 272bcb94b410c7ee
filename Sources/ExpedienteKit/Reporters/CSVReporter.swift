/// One CSV row per applicant folder, for `batch --format csv` and the
/// spreadsheets validators work in. Columns only ever get added at the end:
/// the folder as given (`carpeta`), its status and counts, the documents with
/// any finding (avisos too), then the folder's convocatoria, its name under
/// RAÍZ (`nombre_carpeta`, the key of the `--registro` CSV) and the documents
/// with a finding that must be fixed.
///
/// Fields are quoted as RFC 4180 says (lines end in "\n", not CRLF). Folder
/// names come from applicants, so a cell a spreadsheet would read as a formula
/// gets a leading `'` (OWASP, CSV injection).
public enum CSVReporter {
    public static let header = "carpeta,estatus,anulaciones,observaciones,avisos,documentos_con_hallazgos,"
        + "convocatoria,nombre_carpeta,documentos_por_corregir\n"

    /// The `csv` format: the header, then a row per folder.
    public struct Stream: Reporter {
        public init() {}
        public mutating func begin() -> String { header }
        public mutating func add(_ report: ExpedienteReport) -> String { row(report) }
        public mutating func end() -> String { "" }
    }

    public static func row(_ report: ExpedienteReport) -> String {
        let fields = [
            report.path,
            report.status.rawValue,
            String(report.count(of: .anulacion)),
            String(report.count(of: .observacion)),
            String(report.count(of: .aviso)),
            kindsWithFindings(report, includingAvisos: true).joined(separator: " "),
            report.convocatoria,
            folderName(report.path),
            kindsWithFindings(report, includingAvisos: false).joined(separator: " "),
        ]
        return fields.map(cell).joined(separator: ",") + "\n"
    }

    /// The first field of a row written by `row(_:)`, unquoted and without the
    /// `'` the writer added, or nil when the text cannot be the start of such a
    /// row (an unterminated quote, a quote inside an unquoted field, no comma
    /// after the first field: typically the last, cut-off line of an interrupted
    /// run). A quoted field may hold line breaks, so `line` is a whole record,
    /// with or without its line terminator. The header gives "carpeta": skip it
    /// by position, a folder may have that name too.
    public static func parseFirstField(_ line: Substring) -> String? {
        // Scalars, not Characters: a quote or comma may share a grapheme with
        // the combining mark after it (or a prepended mark before it).
        let scalars = line.unicodeScalars
        var field = String.UnicodeScalarView()
        var index = scalars.startIndex
        if scalars.first == "\"" {
            index = scalars.index(after: index)
            while true {
                guard index < scalars.endIndex else { return nil }
                let scalar = scalars[index]
                index = scalars.index(after: index)
                if scalar == "\"" {
                    guard index < scalars.endIndex else { return nil }
                    guard scalars[index] == "\"" else { break }
                    index = scalars.index(after: index)
                }
                field.append(scalar)
            }
            guard index < scalars.endIndex, scalars[index] == "," else { return nil }
        } else {
            guard let comma = scalars.firstIndex(of: ",") else { return nil }
            field.append(contentsOf: scalars[..<comma])
            guard !field.contains(where: { $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return nil }
        }
        if needsPrefix(field) { field.removeFirst() }
        return String(field)
    }

    /// The folder's own name: the last component of its path (the name under
    /// RAÍZ in a batch, where the path is RAÍZ/name).
    public static func folderName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return String(trimmed.split(separator: "/").last ?? trimmed)
    }

    /// Kinds with a finding (with `includingAvisos: false`, only one that must
    /// be fixed: anulación or observación), once each: in the order of
    /// `report.documents`, then the others in the order of their first observation.
    static func kindsWithFindings(_ report: ExpedienteReport, includingAvisos: Bool) -> [String] {
        var flagged: Set<String> = []
        var flaggedInOrder: [String] = []
        for observation in report.observations where includingAvisos || observation.severity != .aviso {
            if let kind = observation.document, flagged.insert(kind).inserted {
                flaggedInOrder.append(kind)
            }
        }
        var kinds: [String] = []
        var listed: Set<String> = []
        for document in report.documents where flagged.contains(document.kind) && listed.insert(document.kind).inserted {
            kinds.append(document.kind)
        }
        for kind in flaggedInOrder where listed.insert(kind).inserted {
            kinds.append(kind)
        }
        return kinds
    }

    /// One cell: neutralised against formulas, then quoted when needed.
    static func cell(_ text: String) -> String {
        let safe = needsPrefix(text.unicodeScalars) ? "'" + text : text
        guard safe.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return safe }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in safe.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append(scalar) }
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// Whether the writer prefixes the cell: it starts with a formula trigger,
    /// or with a `'` run before one (so `'=x` becomes `''=x` and reading back
    /// removes exactly the one `'` that was added).
    static func needsPrefix(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        for scalar in scalars {
            switch scalar {
            case "=", "+", "-", "@", "\t", "\r": return true
            case "'": continue
            default: return false
            }
        }
        return false
    }
}
