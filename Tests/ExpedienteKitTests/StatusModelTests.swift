import ExpedienteKit
import Testing

@Suite struct StatusModelTests {
    private func observation(_ severity: Severity) -> Observation {
        Observation(check: CheckID.sizeMaxBytes.rawValue, severity: severity, document: "CURP", file: "CURP.JPG", message: "m")
    }

    @Test func noFindingsIsReadyForTheValidator() {
        #expect(ExpedienteStatus.derive(from: [], solicitudPresent: true) == .enProcesoDeValidacion)
    }

    @Test func avisosDoNotChangeTheStatus() {
        #expect(ExpedienteStatus.derive(from: [observation(.aviso)], solicitudPresent: true) == .enProcesoDeValidacion)
    }

    @Test func anObservacionGivesConObservaciones() {
        #expect(ExpedienteStatus.derive(from: [observation(.aviso), observation(.observacion)], solicitudPresent: true) == .conObservaciones)
    }

    @Test func anAnulacionWinsOverObservaciones() {
        #expect(ExpedienteStatus.derive(from: [observation(.observacion), observation(.anulacion)], solicitudPresent: true) == .anulado)
    }

    @Test func missingSolicitudLeavesItPendingWhateverElse() {
        #expect(ExpedienteStatus.derive(from: [observation(.anulacion)], solicitudPresent: false) == .pendienteDeValidar)
        #expect(ExpedienteStatus.derive(from: [], solicitudPresent: false) == .pendienteDeValidar)
    }

    @Test func thePipelineNeverGivesValidado() {
        let all: [[Observation]] = [[], [observation(.aviso)], [observation(.observacion)], [observation(.anulacion)]]
        for observations in all {
            for present in [true, false] {
                #expect(ExpedienteStatus.derive(from: observations, solicitudPresent: present) != .validado)
            }
        }
    }

    @Test func onlyClearStatusesExitZero() {
        #expect(ExpedienteStatus.enProcesoDeValidacion.isClear)
        #expect(!ExpedienteStatus.conObservaciones.isClear)
        #expect(!ExpedienteStatus.pendienteDeValidar.isClear)
        #expect(!ExpedienteStatus.anulado.isClear)
    }

    @Test func rawValuesAreTheContractStatuses() {
        #expect(ExpedienteStatus.allCases.map(\.rawValue) == [
            "PENDIENTE_DE_VALIDAR", "ANULADO", "CON_OBSERVACIONES", "EN_PROCESO_DE_VALIDACION", "VALIDADO",
        ])
    }
}
