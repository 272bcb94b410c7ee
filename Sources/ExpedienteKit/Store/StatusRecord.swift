import Foundation

/// One entry of a folder's status history: the status a run gave, kept when it differs from the
/// previous entry; `lastChecked` moves on while the status stays the same.
public struct StatusRecord: Sendable, Equatable {
    public var folder: String
    public var convocatoria: String
    public var status: ExpedienteStatus
    public var anulaciones: Int
    public var observaciones: Int
    public var avisos: Int
    /// First run that gave this status and these counts.
    public var since: Date
    /// Last run that still gave them.
    public var lastChecked: Date

    public init(folder: String, convocatoria: String, status: ExpedienteStatus, anulaciones: Int, observaciones: Int,
                avisos: Int, since: Date, lastChecked: Date) {
        self.folder = folder
        self.convocatoria = convocatoria
        self.status = status
        self.anulaciones = anulaciones
        self.observaciones = observaciones
        self.avisos = avisos
        self.since = since
        self.lastChecked = lastChecked
    }

    init(report: ExpedienteReport, folder: String, at date: Date) {
        self.init(folder: folder, convocatoria: report.convocatoria, status: report.status, anulaciones: report.count(of: .anulacion),
                  observaciones: report.count(of: .observacion), avisos: report.count(of: .aviso), since: date, lastChecked: date)
    }

    func sameOutcome(as other: StatusRecord) -> Bool {
        (convocatoria, status, anulaciones, observaciones, avisos)
            == (other.convocatoria, other.status, other.anulaciones, other.observaciones, other.avisos)
    }
}
