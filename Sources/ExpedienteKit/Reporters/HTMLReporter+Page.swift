/// What the page of `expediente serve` reuses of the HTML report: the data of one folder exactly
/// as the report's script reads it (path, call, status with its outlook, counts, findings with
/// their hints, and per document its facts and thumbnail).
extension HTMLReporter {
    public static func folderView(_ report: ExpedienteReport, context: ReportContext) -> JSONValue {
        HTMLReporter(context).folderData(report, counts: FindingEntry.counts(report))
    }
}
