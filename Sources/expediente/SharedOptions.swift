import ArgumentParser
import ExpedienteCommandLine
import ExpedienteKit
import Foundation

/// Safety limits of the decoders, documented in the README.
struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Máximo de megapíxeles que se decodifican por imagen.", valueName: "MP"))
    var maxMegapixels: Int = 100

    @Option(name: .long, help: ArgumentHelp("Máximo de barridos (scans) de un JPEG progresivo.", valueName: "N"))
    var maxScans: Int = 1000

    @Option(name: .long, help: ArgumentHelp("Memoria máxima de libjpeg por imagen, en MiB.", valueName: "MIB"))
    var maxMemoryMib: Int = 512

    @Option(name: .long, help: ArgumentHelp("Máximo de MiB que se leen de cada archivo.", valueName: "MIB"))
    var maxReadMib: Int = 64

    @Option(name: .long, help: ArgumentHelp("Trabajo máximo de un JPEG progresivo: barridos × megapíxeles.", valueName: "N"))
    var maxScanMegapixels: Int = 2000

    func validate() throws {
        for (name, value) in [("--max-megapixels", maxMegapixels), ("--max-scans", maxScans), ("--max-memory-mib", maxMemoryMib), ("--max-read-mib", maxReadMib), ("--max-scan-megapixels", maxScanMegapixels)] where value <= 0 {
            throw ValidationError("\(name) debe ser un número positivo.")
        }
    }

    var checkOptions: CheckOptions {
        CheckOptions(
            decodeLimits: DecodeLimits(maxPixels: maxMegapixels * 1_000_000, maxScans: maxScans, maxMemory: maxMemoryMib << 20,
                                       maxScanPixels: maxScanMegapixels * 1_000_000),
            maxReadBytes: maxReadMib << 20
        )
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension OutputFormat: ExpressibleByArgument {}

extension FailThreshold: ExpressibleByArgument {}
extension BatchShard.Partition: ExpressibleByArgument {}

/// The `--fail-on` help of `check` and `batch`, in Spanish.
func failOnHelp(default value: FailThreshold) -> ArgumentHelp {
    ArgumentHelp("""
        Desde qué hallazgo se sale con 1: anulacion (solo un expediente anulado), observacion (anulado, con \
        observaciones o pendiente), aviso (también con solo avisos) o nunca. Por omisión, \(value.rawValue). \
        El 2 (no se pudo revisar) gana siempre.
        """, valueName: "UMBRAL")
}

/// The `--format` help of `check` and `batch`, in Spanish.
let outputFormatHelp = """
    Formato del informe: text, json, jsonl, csv, junit (JUnit XML para CI), sarif (SARIF 2.1.0), github \
    (anotaciones de GitHub Actions) o html (página con miniaturas; úsela con --output).
    """

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(for handle: Int32 = STDOUT_FILENO) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isatty(handle) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        }
    }
}
