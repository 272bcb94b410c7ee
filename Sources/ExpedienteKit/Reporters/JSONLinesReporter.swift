/// The `jsonl` format: one `expediente/1` object per line, the line `batch --resume` reads back.
public struct JSONLinesReporter: Reporter {
    public init() {}
    public mutating func begin() -> String { "" }
    public mutating func add(_ report: ExpedienteReport) -> String { JSONReporter.renderLine(report) }
    public mutating func end() -> String { "" }
}
