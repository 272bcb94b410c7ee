import ArgumentParser
import ExpedienteCommandLine
import ExpedienteKit
import Foundation

extension Expediente {
    struct Fix: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Escribe en SALIDA una copia corregida de la carpeta del aspirante y la revisa.",
            discussion: """
                CARPETA nunca se modifica. En SALIDA (nueva o vacía, fuera de CARPETA) cada documento reconocido queda \
                con su nombre exacto; un JPEG de más de 400 000 bytes se recomprime con la mejor legibilidad que cabe, \
                a 300 ppp; la densidad, el color (CMYK), la orientación Exif y los datos sobrantes se corrigen; un PNG \
                se convierte. Lo que no se puede corregir (documentos faltantes, páginas ilegibles, un PDF) se lista con \
                qué hacer. Después revisa SALIDA e imprime, por documento, qué cambió y el estatus. Códigos de salida \
                como check, para SALIDA.
                """
        )

        @OptionGroup var ruleOptions: RuleOptions
        @OptionGroup var limits: LimitOptions

        @Option(name: .long, help: ArgumentHelp("Carpeta donde escribir la copia corregida: nueva o vacía, fuera de CARPETA.", valueName: "SALIDA"), completion: .directory)
        var output: String

        @Option(name: .long, help: ArgumentHelp("Formato del informe: text o json.", valueName: "FORMATO"))
        var format: ReportFormat = .text

        @Option(name: .long, help: ArgumentHelp("Color en el informe de texto: auto, always o never.", valueName: "MODO"))
        var color: ColorMode = .auto

        @Option(name: .long, help: ArgumentHelp("Datos registrados del aspirante (YAML o JSON). Por omisión, REGISTRO.yaml o REGISTRO.json dentro de la carpeta, que se copia a SALIDA.", valueName: "ARCHIVO"), completion: .file())
        var registro: String?

        @Argument(help: ArgumentHelp("Carpeta con los archivos del expediente.", valueName: "CARPETA"), completion: .directory)
        var folder: String

        func run() throws {
            let result = try failing {
                var checker = try ruleOptions.makeChecker(options: limits.checkOptions)
                if let registro { checker.registro = .file(path: registro) }
                var fixer = FolderFixer(checker: checker)
                if isatty(STDERR_FILENO) == 1 {
                    fixer.progress = { done, total, file in
                        let line = done == total ? "\r\u{1B}[K" : "\r\u{1B}[KCorrigiendo \(done)/\(total): \(TerminalText.safe(file))"
                        FileHandle.standardError.write(Data(line.utf8))
                    }
                }
                let result = try fixer.fix(source: folder, output: output)
                let library = checker.library ?? ConvocatoriaLibrary(root: ruleOptions.rules.map { URL(fileURLWithPath: $0) })
                let convocatoria = result.report.convocatoria == checker.convocatoria.id
                    ? checker.convocatoria : library.convocatoria(result.report.convocatoria) ?? checker.convocatoria
                switch format {
                case .text: try OutputSink.standardOutput.write(FixReporter.text(result, convocatoria: convocatoria, style: TextStyle(enabled: color.enabled())))
                case .json: try OutputSink.standardOutput.write(FixReporter.json(result))
                }
                return result
            }
            if !result.report.status.isClear { throw ExitCode(1) }
        }
    }
}
