/// The validator's findings spreadsheet (`batch --findings-csv FILE`): one row per finding, with
/// the folder as given and as its name under RAÍZ (the key of the `--registro` CSV), the
/// folder's convocatoria and status, the document and file, the check id, the severity id, the
/// message, the fix and the expected and found values. Cells are written as in `CSVReporter`
/// (RFC 4180 quoting, a `'` before what a spreadsheet would take for a formula). A folder with
/// no finding has no row.
public struct FindingsCSVReporter: Reporter {
    public static let header = "carpeta,nombre_carpeta,convocatoria,estatus,documento,archivo,comprobacion,severidad,"
        + "mensaje,correccion,esperado,encontrado\n"

    public init() {}

    public mutating func begin() -> String { Self.header }

    public mutating func add(_ report: ExpedienteReport) -> String {
        let name = CSVReporter.folderName(report.path)
        return report.observations.map { o in
            [report.path, name, report.convocatoria, report.status.rawValue, o.document ?? "", o.file ?? "", o.check,
             o.severity.rawValue, o.message, o.hint ?? "", o.expected ?? "", o.actual ?? ""]
                .map(CSVReporter.cell).joined(separator: ",") + "\n"
        }.joined()
    }

    public mutating func end() -> String { "" }
}
