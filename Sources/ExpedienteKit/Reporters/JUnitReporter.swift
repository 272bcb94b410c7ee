/// The `junit` format, for any CI that shows test results: `<testsuites>` without aggregate
/// counts (so it streams), a `<testsuite>` per folder with its own counts, a `<testcase>` per
/// document plus one for the folder itself (missing, unknown or duplicated documents), and a
/// `<failure>` per finding that must be fixed (anulación or observación). Each suite names its
/// folder's own convocatoria (property `convocatoria`). Avisos are
/// informative: they go to the test case's `<system-out>`, not to failures. No times or
/// timestamps, so the same folders give the same bytes. Valid against the Jenkins JUnit schema
/// (`Tests/Schemas/junit.xsd`).
public struct JUnitReporter: Reporter {
    let context: ReportContext

    public init(_ context: ReportContext) { self.context = context }

    /// The name of the whole run: in a batch, folders may be of several calls (each suite names
    /// its own in the `convocatoria` property), so the run's default is not named there.
    var name: String { context.batch ? "expediente" : "expediente \(context.convocatoria.id)" }

    public mutating func begin() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(MarkupText.escape(name))\">\n"
    }

    public mutating func add(_ report: ExpedienteReport) -> String {
        let folder = MarkupText.escape(report.path)
        var cases: [(name: String, observations: [Observation])] = [("Carpeta", report.folderObservations)]
        for document in report.documents {
            cases.append(("\(document.kind) — \(document.file)", report.observations(of: document)))
        }
        let failed = cases.filter { $0.observations.contains { $0.severity != .aviso } }.count
        var out = "  <testsuite name=\"\(folder)\" tests=\"\(cases.count)\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\">\n"
        out += "    <properties>\n"
        out += "      <property name=\"estatus\" value=\"\(report.status.rawValue)\"/>\n"
        out += "      <property name=\"convocatoria\" value=\"\(MarkupText.escape(report.convocatoria))\"/>\n"
        if let note = report.convocatoriaNote {
            out += "      <property name=\"convocatoria_nota\" value=\"\(MarkupText.escape(note))\"/>\n"
        }
        out += "    </properties>\n"
        for testCase in cases {
            out += "    <testcase classname=\"\(folder)\" name=\"\(MarkupText.escape(testCase.name))\""
            guard !testCase.observations.isEmpty else { out += "/>\n"; continue }
            out += ">\n"
            for o in testCase.observations where o.severity != .aviso {
                out += "      <failure type=\"\(MarkupText.escape(o.check))\" message=\"\(MarkupText.escape(o.message))\">"
                out += MarkupText.escape(Self.details(o)) + "</failure>\n"
            }
            let avisos = testCase.observations.filter { $0.severity == .aviso }
            if !avisos.isEmpty {
                out += "      <system-out>" + MarkupText.escape(avisos.map(Self.details).joined(separator: "\n")) + "</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        return out + "  </testsuite>\n"
    }

    public mutating func end() -> String { "</testsuites>\n" }

    /// The finding as the text report writes it: label, check, message, values and the fix.
    static func details(_ o: Observation) -> String {
        var lines = ["\(o.severity.label) [\(o.check)] \(o.message)"]
        if o.expected != nil || o.actual != nil {
            lines.append("esperado: \(o.expected ?? "—") · encontrado: \(o.actual ?? "—")")
        }
        if let hint = o.hint { lines.append("→ \(hint)") }
        return lines.joined(separator: "\n")
    }
}
