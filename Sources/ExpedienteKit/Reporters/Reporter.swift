/// One output format of `check` and `batch`. A reporter streams: the command writes what
/// `begin()` returns before the first folder, what `add(_:)` returns as soon as each folder is
/// checked, and what `end()` returns after the last one. A reporter keeps at most running
/// counts between calls, never the folders themselves, so a batch of any size writes in
/// constant memory; formats with an envelope (XML, SARIF, HTML) open it in `begin()` and
/// close it in `end()`.
public protocol Reporter {
    mutating func begin() -> String
    mutating func add(_ report: ExpedienteReport) -> String
    mutating func end() -> String
}

/// What every reporter may need besides the folders.
public struct ReportContext: Sendable {
    public let convocatoria: Convocatoria
    public let perfil: String
    /// Many folders (`batch`) or one (`check`): text is a line per folder or the whole report,
    /// JSON an array or a single object.
    public let batch: Bool
    public let style: TextStyle
    public let toolVersion: String
    /// Where the convocatoria of a folder whose applicant data chose another call is found.
    public var library: ConvocatoriaLibrary?

    public init(convocatoria: Convocatoria, perfil: String, batch: Bool, style: TextStyle = TextStyle(enabled: false),
                toolVersion: String = ExpedienteVersion.current, library: ConvocatoriaLibrary? = nil) {
        self.library = library
        self.convocatoria = convocatoria
        self.perfil = perfil
        self.batch = batch
        self.style = style
        self.toolVersion = toolVersion
    }
}

extension ReportContext {
    /// The rules a report was made with (its applicant data may have chosen another call).
    public func convocatoria(of report: ExpedienteReport) -> Convocatoria {
        report.convocatoria == convocatoria.id ? convocatoria : library?.convocatoria(report.convocatoria) ?? convocatoria
    }

    /// The context of one folder's own report (`check`): the convocatoria and profile its
    /// applicant data chose, which may differ from the run's.
    public func describing(_ report: ExpedienteReport) -> ReportContext {
        ReportContext(convocatoria: convocatoria(of: report), perfil: report.perfil ?? perfil, batch: batch, style: style,
                      toolVersion: toolVersion)
    }
}

/// The formats of `--format`, one reporter (and one file) each.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, json, jsonl, csv, junit, sarif, github, html

    public func reporter(_ context: ReportContext) -> any Reporter {
        switch self {
        case .text: TextReporter.Stream(context)
        case .json: JSONReporter.Stream(context)
        case .jsonl: JSONLinesReporter()
        case .csv: CSVReporter.Stream()
        case .junit: JUnitReporter(context)
        case .sarif: SARIFReporter(context)
        case .github: GitHubReporter()
        case .html: HTMLReporter(context)
        }
    }

    /// The format shows each page's thumbnail, which the checker makes only on request.
    public var needsThumbnails: Bool { self == .html }
}
