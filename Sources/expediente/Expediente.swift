import ArgumentParser
import ExpedienteCommandLine
import ExpedienteKit
import Foundation

@main
struct Expediente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expediente",
        abstract: "Revisa los documentos escaneados del expediente electrónico antes de enviarlo a validación (convocatorias IMSS).",
        discussion: "Códigos de salida: 0 sin hallazgos que bloqueen; 1 con observaciones, pendiente o anulado; 2 la herramienta no pudo hacer su trabajo.",
        version: ExpedienteVersion.current,
        subcommands: [Check.self, Fix.self, Batch.self, History.self, QR.self, Quality.self, Rules.self] + serveCommand
    )

    static func main() { mainWithContractExitCodes() }
}

extension Expediente {
    /// `serve`, unless built without the server (EXPEDIENTE_NO_SERVER=1: the sanitizer runs).
    static var serveCommand: [any ParsableCommand.Type] {
        #if EXPEDIENTE_SERVE
        [Serve.self]
        #else
        []
        #endif
    }
}
