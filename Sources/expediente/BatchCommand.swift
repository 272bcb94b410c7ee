import ArgumentParser
import ExpedienteKit
import Foundation

extension Expediente {
    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revisa cada carpeta de aspirante (por folio o CURP) directamente bajo RAÍZ."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, jsonl
        }

        @OptionGroup var ruleOptions: RuleOptions
        @OptionGroup var limits: LimitOptions

        @Option(name: .long, help: "Formato: text (una línea por carpeta) o jsonl (un objeto expediente/1 por línea).")
        var format: Format = .text

        @Flag(name: .long, inversion: .prefixedNo, help: "Muestra el avance en la salida de error (por omisión, solo en una terminal).")
        var progress: Bool = isatty(STDERR_FILENO) == 1

        @Argument(help: "Carpeta que contiene una carpeta por aspirante.", completion: .directory)
        var root: String

        func run() throws {
            let rootURL = URL(fileURLWithPath: root)
            let (checker, folders) = try failing {
                let convocatoria = try ruleOptions.loadConvocatoria()
                let checker = try ExpedienteChecker(convocatoria: convocatoria, perfil: ruleOptions.perfil, options: limits.checkOptions)
                let entries = try FolderEntry.list(rootURL)
                return (checker, entries.filter { $0.type == .directory })
            }
            var failed = 0
            var byStatus: [ExpedienteStatus: Int] = [:]
            for (index, folder) in folders.enumerated() {
                let path = (root as NSString).appendingPathComponent(folder.relativePath)
                if progress {
                    FileHandle.standardError.write(Data("\r\u{1B}[K[\(index + 1)/\(folders.count)] \(TerminalText.safe(folder.name.full))".utf8))
                }
                do {
                    let report = try checker.check(rawPath: folder.path, displayPath: path)
                    byStatus[report.status, default: 0] += 1
                    switch format {
                    case .jsonl: print(JSONReporter.renderLine(report), terminator: "")
                    case .text:
                        let blocking = report.observations.filter { $0.severity != .aviso }.count
                        print("\(TerminalText.safe(path)): \(report.status.rawValue) (\(blocking) observación(es))")
                    }
                } catch {
                    failed += 1
                    printError("\(progress ? "\n" : "")expediente: \(error)")
                }
            }
            if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let summary = ExpedienteStatus.allCases.compactMap { status in byStatus[status].map { "\(status.rawValue): \($0)" } }
            printError("\(folders.count) carpeta(s) revisada(s)\(failed > 0 ? ", \(failed) con error" : ""). \(summary.joined(separator: ", "))")
            if failed > 0 { throw ExitCode(2) }
        }
    }
}
