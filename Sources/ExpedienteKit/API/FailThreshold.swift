/// `--fail-on`: from which finding `check` and `batch` exit with 1. The contract's 1 is "the
/// expediente has observations, is pending or annulled"; a threshold says which of them fail a
/// CI step. Exit 2 (the tool could not do its job) always wins over 1.
public enum FailThreshold: String, Sendable, CaseIterable {
    /// Only an annulled folder (a finding of severity `anulacion`).
    case anulacion
    /// A folder that is not ready for the validator: annulled, with observations or pending
    /// (`ExpedienteStatus.isClear` is false). `check`'s default, the contract's exit 1.
    case observacion
    /// As `observacion`, and also a folder with only avisos.
    case aviso
    /// Never 1: `batch`'s default (0 when every folder was checked, as the contract says).
    case nunca

    /// Whether a folder with this status and these finding severities reaches the threshold.
    public func fails(status: ExpedienteStatus, severities: some Sequence<Severity>) -> Bool {
        switch self {
        case .nunca: false
        case .anulacion: status == .anulado || severities.contains(.anulacion)
        case .observacion: !status.isClear
        case .aviso: !status.isClear || severities.contains(.aviso)
        }
    }

    public func fails(_ report: ExpedienteReport) -> Bool {
        fails(status: report.status, severities: report.observations.map(\.severity))
    }
}
