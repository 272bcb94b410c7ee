import ArgumentParser
import ExpedienteCommandLine
import ExpedienteKit
import Foundation

extension Expediente {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revisa la carpeta de un aspirante e imprime el informe con el estatus que daría la convocatoria.",
            discussion: """
                Con --output ARCHIVO, el informe en el formato de --format se escribe en ARCHIVO (nunca dentro de la \
                carpeta revisada) y la terminal muestra el informe de texto: un validador obtiene ambos en una sola \
                ejecución.
                """
        )

        @OptionGroup var ruleOptions: RuleOptions
        @OptionGroup var limits: LimitOptions

        @Option(name: .long, help: ArgumentHelp(outputFormatHelp, valueName: "FORMATO"))
        var format: OutputFormat = .text

        @Option(name: .long, help: ArgumentHelp("Archivo donde escribir el informe en el formato de --format; la terminal muestra el texto.", valueName: "ARCHIVO"), completion: .file())
        var output: String?

        @Option(name: .long, help: failOnHelp(default: .observacion))
        var failOn: FailThreshold = .observacion

        @Flag(name: .long, help: "Reemplaza un --output que ya existe (sin --force, se niega a sobrescribirlo).")
        var force = false

        @Option(name: .long, help: ArgumentHelp("Color en el informe de texto: auto, always o never.", valueName: "MODO"))
        var color: ColorMode = .auto

        @Option(name: .long, help: ArgumentHelp("Datos registrados del aspirante (YAML o JSON: CURP, perfil, edición del ENARM, calificaciones…). Por omisión, REGISTRO.yaml o REGISTRO.json dentro de la carpeta, si existe.", valueName: "ARCHIVO"), completion: .file())
        var registro: String?

        @Option(name: .long, help: ArgumentHelp("Almacén SQLite de resultados (fuera de la carpeta): solo se revisan los archivos que cambiaron y se guarda el historial de estatus.", valueName: "ARCHIVO"), completion: .file())
        var store: String?

        @Argument(help: ArgumentHelp("Carpeta con los archivos JPG del expediente.", valueName: "CARPETA"), completion: .directory)
        var folder: String

        func run() throws {
            let (report, context, sink) = try failing {
                var checker = try ruleOptions.makeChecker(options: limits.checkOptions)
                let convocatoria = checker.convocatoria
                if let registro { checker.registro = .file(path: registro) }
                checker.makeThumbnails = format.needsThumbnails
                if let store {
                    guard !isInside(store, folder: folder) else { throw StoreError.insideCheckedFolder(store: store, folder: folder) }
                    checker.cache = ResultCache(store: try ResultStore.openForWriting(path: store), convocatoria: convocatoria,
                                                options: limits.checkOptions)
                }
                var sink = OutputSink.standardOutput
                if let output {
                    guard !isInside(output, folder: folder) else {
                        throw OutputError("El archivo de salida «\(output)» está dentro de la carpeta revisada; expediente nunca escribe en ella.")
                    }
                    sink = try OutputSink.fresh(output, force: force)
                }
                let report = try checker.check(folder: URL(fileURLWithPath: folder), displayPath: folder)
                try checker.cache?.store.checkpoint()
                // The applicant data may have named another call: the report is described with its rules.
                let context = ReportContext(convocatoria: convocatoria, perfil: checker.perfil, batch: false,
                                            style: TextStyle(enabled: color.enabled()),
                                            toolVersion: Expediente.configuration.version, library: checker.library)
                return (report, context.describing(report), sink)
            }
            try failing {
                if output != nil {
                    var terminal = OutputFormat.text.reporter(context)
                    try OutputSink.standardOutput.write(terminal.add(report))
                }
                var reporter = format.reporter(output == nil ? context : context.plain)
                try sink.write(reporter.begin() + reporter.add(report) + reporter.end())
            }
            if failOn.fails(report) { throw ExitCode(1) }
        }
    }
}

extension ReportContext {
    /// The same context without terminal colours, for a file.
    var plain: ReportContext {
        ReportContext(convocatoria: convocatoria, perfil: perfil, batch: batch, toolVersion: toolVersion)
    }
}
