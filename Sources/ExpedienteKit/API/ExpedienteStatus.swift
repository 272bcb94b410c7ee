/// The convocatoria's own statuses of an expediente (section 3.2 of the call).
public enum ExpedienteStatus: String, Codable, Sendable, CaseIterable {
    case pendienteDeValidar = "PENDIENTE_DE_VALIDAR"
    case anulado = "ANULADO"
    case conObservaciones = "CON_OBSERVACIONES"
    case enProcesoDeValidacion = "EN_PROCESO_DE_VALIDACION"
    /// Only a validator's recorded decision gives it; the pipeline never does.
    case validado = "VALIDADO"

    /// The status the pipeline gives, exactly as the contract's table orders it:
    /// a missing signed SOLICITUD leaves the expediente pending; otherwise the
    /// gravest finding decides.
    public static func derive(from observations: [Observation], solicitudPresent: Bool) -> ExpedienteStatus {
        if !solicitudPresent { return .pendienteDeValidar }
        if observations.contains(where: { $0.severity == .anulacion }) { return .anulado }
        if observations.contains(where: { $0.severity == .observacion }) { return .conObservaciones }
        return .enProcesoDeValidacion
    }

    /// Whether the expediente can go on to the human validator (exit code 0).
    public var isClear: Bool { self == .enProcesoDeValidacion || self == .validado }

    public var label: String {
        switch self {
        case .pendienteDeValidar: "Expediente pendiente de validar"
        case .anulado: "Expediente anulado"
        case .conObservaciones: "Expediente con observaciones"
        case .enProcesoDeValidacion: "Expediente en proceso de validación"
        case .validado: "Expediente validado"
        }
    }
}
