import ArgumentParser
import ExpedienteKit
import Foundation

@main
struct Expediente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expediente",
        abstract: "Revisa los documentos escaneados del expediente electrónico antes de enviarlo a validación (convocatorias IMSS).",
        discussion: "Códigos de salida: 0 sin hallazgos que bloqueen; 1 con observaciones, pendiente o anulado; 2 la herramienta no pudo hacer su trabajo.",
        version: ExpedienteVersion.current,
        subcommands: [Check.self, Batch.self, History.self, QR.self, Quality.self, Rules.self, Samples.self]
    )

    /// Like `ParsableCommand.main()`, but every usage error exits with 2, as the contract says.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            if let exitCode = error as? ExitCode {
                Foundation.exit(exitCode.rawValue)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            Foundation.exit(2)
        }
    }
}
