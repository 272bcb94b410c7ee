import Foundation

/// The `html` format: one self-contained page (inline CSS and JavaScript, thumbnails as
/// `data:` URIs, a Content-Security-Policy that forbids any network access) that a validator
/// opens in a browser. Streaming: `begin()` writes the page head and the filters, `add(_:)`
/// one inert `<script type="application/json">` block per folder (the browser's parser skips
/// its content, so thousands of folders open quickly), and `end()` the summary (counts per
/// status, the most frequent checks) and the script that shows the folders a page at a time,
/// filtered by status, check or name, creating each page's thumbnails only when it is shown.
/// Everything from the folders is escaped: JSON with `<`, `>` and `&` as `\u` escapes, and
/// the script writes it with `textContent`, never as markup.
public struct HTMLReporter: Reporter {
    let context: ReportContext
    var statusCounts: [ExpedienteStatus: Int] = [:]
    var severityCounts: [Severity: Int] = [:]
    var checkFolders: [String: Int] = [:]
    var folders = 0
    var documents = 0

    public init(_ context: ReportContext) { self.context = context }

    public mutating func begin() -> String {
        let convocatoria = context.library == nil
            ? MarkupText.escape("\(context.convocatoria.id) — \(context.convocatoria.title)")
            : "la que indica el REGISTRO.yaml o los documentos de cada carpeta (si nada la indica: la más reciente, \(MarkupText.escape(context.convocatoria.id)))"
        let perfil = context.library == nil
            ? MarkupText.escape(context.convocatoria.perfilTitle(context.perfil)) : "el de cada carpeta"
        let statusOptions = ExpedienteStatus.allCases.map {
            "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>"
        }.joined()
        return HTMLPage.head(title: "Informe de expedientes — \(MarkupText.escape(context.convocatoria.id))")
            + """
            <header><h1>Informe de expedientes</h1><p>Convocatoria: \(convocatoria) · Perfil: \(perfil)</p></header>
            <noscript><p class="aviso">Active JavaScript para ver las carpetas y sus documentos; el resumen está arriba.</p></noscript>
            <section id="filtros" aria-label="Filtros">
            <label>Estatus <select id="f-estatus"><option value="">Todos</option>\(statusOptions)</select></label>
            <label>Comprobación <select id="f-check"><option value="">Todas</option></select></label>
            <label>Carpeta <input id="f-texto" type="search" placeholder="nombre o parte del nombre"></label>
            <span id="contador"></span>
            </section>
            <nav class="paginas" id="paginas-arriba"></nav>
            <main id="lista"></main>
            <nav class="paginas" id="paginas-abajo"></nav>
            <div id="datos" hidden>

            """
    }

    public mutating func add(_ report: ExpedienteReport) -> String {
        folders += 1
        documents += report.documents.count
        statusCounts[report.status, default: 0] += 1
        // Counted as shown: the findings about one file's name are one entry.
        let counts = FindingEntry.counts(report)
        for (severity, count) in zip([Severity.anulacion, .observacion, .aviso], counts) { severityCounts[severity, default: 0] += count }
        let checks = Set(report.observations.map(\.check)).sorted()
        for check in checks { checkFolders[check, default: 0] += 1 }
        return "<script type=\"application/json\" class=\"carpeta\" data-status=\"\(report.status.rawValue)\""
            + " data-checks=\"\(MarkupText.escape(checks.joined(separator: " ")))\" data-path=\"\(MarkupText.escape(report.path))\">"
            + Self.scriptSafe(folderData(report, counts: counts).serialized()) + "</script>\n"
    }

    public mutating func end() -> String {
        let statusRows = ExpedienteStatus.allCases.map { status in
            "<tr class=\"estatus-\(status.rawValue)\"><td>\(status.rawValue)</td><td>\(MarkupText.escape(status.outlook))</td>"
                + "<td class=\"n\" data-estatus=\"\(status.rawValue)\">\(statusCounts[status, default: 0])</td></tr>"
        }.joined(separator: "\n")
        let titles = Dictionary(CheckCatalog.all.map { ($0.id.rawValue, $0.title) }, uniquingKeysWith: { first, _ in first })
        let frequent = checkFolders.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let checkRows = frequent.map { check, count in
            "<tr><td><code>\(MarkupText.escape(check))</code></td><td>\(MarkupText.escape(titles[check] ?? ""))</td><td class=\"n\">\(count)</td></tr>"
        }.joined(separator: "\n")
        let catalog = JSONValue.object([
            ("checks", .array(frequent.map { check, count in
                .object([("id", .string(check)), ("title", .string(titles[check] ?? "")), ("folders", .number(count))])
            })),
        ])
        return """
            </div>
            <section id="resumen">
            <h2>Resumen</h2>
            <p id="totales">\(folders) carpeta(s), \(documents) documento(s); \(severityCounts[.anulacion, default: 0]) anulación(es), \
            \(severityCounts[.observacion, default: 0]) observación(es), \(severityCounts[.aviso, default: 0]) aviso(s).</p>
            <table class="conteo"><thead><tr><th>Estatus</th><th>Si lo envía así</th><th>Carpetas</th></tr></thead><tbody>
            \(statusRows)
            </tbody></table>
            <details><summary>Comprobaciones con hallazgos (\(frequent.count))</summary>
            <table class="conteo"><thead><tr><th>Comprobación</th><th>Qué revisa</th><th>Carpetas</th></tr></thead><tbody>
            \(checkRows.isEmpty ? "<tr><td colspan=\"3\">Ninguna</td></tr>" : checkRows)
            </tbody></table></details>
            </section>
            <script type="application/json" id="catalogo">\(Self.scriptSafe(catalog.serialized()))</script>

            """ + HTMLPage.script + "</body>\n</html>\n"
    }

    /// What the page's script needs of one folder; `counts` are `FindingEntry.counts(report)`.
    func folderData(_ report: ExpedienteReport, counts: [Int]) -> JSONValue {
        .object([
            ("path", .string(report.path)),
            ("call", .string(callLine(report))),
            ("call_note", .optional(report.convocatoriaNote)),
            ("status", .string(report.status.rawValue)),
            ("label", .string(report.status.outlook)),
            ("counts", .array(counts.map(JSONValue.number))),
            ("folder", .array(FindingEntry.entries(report.folderObservations).map(finding))),
            ("documents", .array(report.documents.map { document in
                .object([
                    ("kind", .string(document.kind)),
                    ("file", .string(document.file)),
                    ("facts", document.facts.map(facts) ?? .null),
                    ("thumb", document.thumbnail.map { .string(Data($0).base64EncodedString()) } ?? .null),
                    ("findings", .array(FindingEntry.entries(report.observations(of: document)).map(finding))),
                ])
            })),
        ])
    }

    /// The folder's own call and profile: its applicant data may choose them.
    func callLine(_ report: ExpedienteReport) -> String {
        let convocatoria = context.convocatoria(of: report)
        return "Convocatoria \(convocatoria.id) · Perfil: \(convocatoria.perfilTitle(report.perfil ?? context.perfil))"
    }

    /// One entry (the findings about a file's name are one): `check` names its checks as shown,
    /// `checks` lists them for the page's filter.
    func finding(_ o: FindingEntry) -> JSONValue {
        .object([
            ("check", .string(o.checks.joined(separator: ", "))),
            ("checks", .array(o.checks.map(JSONValue.string))),
            ("severity", .string(o.severity.rawValue)),
            ("label", .string(o.severity.label)),
            ("message", .string(o.message)),
            ("expected", .optional(o.expected)),
            ("actual", .optional(o.actual)),
            ("hint", .optional(o.hint)),
        ])
    }

    func facts(_ facts: DocumentFacts) -> JSONValue {
        .object([
            ("bytes", facts.bytes.map(JSONValue.number) ?? .null),
            ("width", facts.width.map(JSONValue.number) ?? .null),
            ("height", facts.height.map(JSONValue.number) ?? .null),
            ("dpi", facts.dpi.map { .decimal($0) } ?? .null),
            ("dpi_inferred", facts.dpiInferred.map(JSONValue.bool) ?? .null),
            ("color", .optional(facts.color)),
            ("qr", facts.qr.map { .array($0.map(JSONValue.string)) } ?? .null),
            ("qr_encodings", facts.qrEncodings.map { list in
                .array(list.map { .object([("encoding", .string($0.encoding)), ("source", .string($0.source))]) })
            } ?? .null),
        ])
    }

    /// JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` (only
    /// ever inside strings) become `\u` escapes, as do the line separators JavaScript once
    /// rejected in strings.
    static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
