#if EXPEDIENTE_SERVE
import ArgumentParser
import Dispatch
import ExpedienteCommandLine
import ExpedienteKit
import ExpedienteServer
import Foundation

extension Expediente {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Abre una página local para revisar y corregir un expediente desde el navegador.",
            discussion: """
                La primera línea de la salida es la dirección que hay que abrir (http://127.0.0.1:PUERTO/). Los archivos \
                se reciben en una carpeta temporal privada que se borra al responder; nada sale de la computadora. Por \
                omisión solo escucha en 127.0.0.1; --host 0.0.0.0 sirve a una ventanilla o un quiosco detrás de un proxy \
                inverso (indique con --allow-host el nombre con que lo abren). Ctrl-C o SIGTERM lo detienen.
                """
        )

        @Option(name: .long, help: ArgumentHelp("Puerto; por omisión, uno libre.", valueName: "PUERTO"))
        var port: Int?

        @Option(name: .long, help: ArgumentHelp("Dirección donde escuchar: 127.0.0.1 (por omisión, solo esta computadora) o 0.0.0.0 (detrás de un proxy inverso).", valueName: "DIRECCIÓN"))
        var host: String = "127.0.0.1"

        @Option(name: .customLong("allow-host"), help: ArgumentHelp("Otro nombre con que se abre la página, con su puerto (p. ej. ventanilla.example:443, el del proxy inverso). Repetible.", valueName: "NOMBRE:PUERTO"))
        var allowedHosts: [String] = []

        @Option(name: .long, help: ArgumentHelp("Carpeta de reglas a usar en lugar de Rules/.", valueName: "REGLAS"), completion: .directory)
        var rules: String?

        @OptionGroup var limits: LimitOptions

        @Option(name: .long, help: ArgumentHelp("Máximo de archivos por solicitud.", valueName: "N"))
        var maxFiles: Int = UploadLimits().maxFiles

        @Option(name: .long, help: ArgumentHelp("Máximo de MiB de todos los archivos de una solicitud.", valueName: "MIB"))
        var maxTotalMib: Int = UploadLimits().maxTotalBytes >> 20

        @Option(name: .long, help: ArgumentHelp("Revisiones a la vez; por omisión, una por núcleo.", valueName: "N"))
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        func validate() throws {
            if let port, !(0...65535).contains(port) { throw ValidationError("--port debe estar entre 0 y 65535.") }
            for (name, value) in [("--max-files", maxFiles), ("--max-total-mib", maxTotalMib), ("--jobs", jobs)] where value <= 0 {
                throw ValidationError("\(name) debe ser un número positivo.")
            }
        }

        func run() throws {
            let options = limits.checkOptions
            let configuration = ServerConfiguration(
                host: host, port: port ?? 0, allowedHosts: allowedHosts, rules: rules.map { URL(fileURLWithPath: $0) },
                checkOptions: options,
                limits: UploadLimits(maxFiles: maxFiles, maxFileBytes: options.maxReadBytes, maxTotalBytes: maxTotalMib << 20,
                                     maxConcurrentChecks: jobs)
            )
            let server = try failing { try ExpedienteServer(configuration: configuration) }
            // 0.0.0.0 also listens on loopback, where the page is opened on this computer.
            let shown = host == "0.0.0.0" ? "127.0.0.1" : host.contains(":") ? "[\(host)]" : host
            let application = server.makeApplication { port in
                // Unbuffered: a script reads this first line while the server runs.
                FileHandle.standardOutput.write(Data("http://\(shown):\(port)/\n".utf8))
                printError("Abra esa dirección en su navegador. Los archivos se revisan en esta computadora y nada sale de ella. Ctrl-C para terminar.")
            }
            let outcome = ServeOutcome()
            let done = DispatchSemaphore(value: 0)
            Task {
                do { try await application.runService() } catch { outcome.set(error) }
                done.signal()
            }
            done.wait()
            if let error = outcome.error {
                printError("expediente serve: no se pudo escuchar en \(host):\(port ?? 0): \(error)")
                throw ExitCode(2)
            }
        }
    }
}

/// The error that ended the server, if any.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}
#endif
