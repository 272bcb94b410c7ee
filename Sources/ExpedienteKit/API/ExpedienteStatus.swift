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

    /// What the status means for a folder not yet sent, in the words every reporter shows
    /// beside the id (the one place for them): expediente runs before the applicant sends the
    /// folder, so it says what would happen if it were sent as it is. JSON keeps only the id.
    public var outlook: String {
        switch self {
        case .pendienteDeValidar: "falta la solicitud firmada: sin ella no podría enviarlo y quedaría pendiente de validar"
        case .anulado: "si lo envía así, se anularía"
        case .conObservaciones: "si lo envía así, volvería con observaciones: corríjalas antes de enviarlo"
        case .enProcesoDeValidacion: "listo para enviar: pasaría a validación"
        case .validado: "validado: solo lo da un validador, después de enviarlo"
        }
    }
}
