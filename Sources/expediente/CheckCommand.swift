import ArgumentParser
import ExpedienteKit
import Foundation

extension Expediente {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revisa la carpeta de un aspirante e imprime el informe con el estatus que daría la convocatoria."
        )

        @OptionGroup var ruleOptions: RuleOptions
        @OptionGroup var limits: LimitOptions

        @Option(name: .long, help: "Formato del informe: text o json.")
        var format: ReportFormat = .text

        @Option(name: .long, help: "Color en el informe de texto: auto, always o never.")
        var color: ColorMode = .auto

        @Option(name: .long, help: "Datos registrados del aspirante (YAML o JSON: CURP, perfil, edición del ENARM, calificaciones…). Por omisión, REGISTRO.yaml o REGISTRO.json dentro de la carpeta, si existe.", completion: .file())
        var registro: String?

        @Option(name: .long, help: "Almacén SQLite de resultados (fuera de la carpeta): solo se revisan los archivos que cambiaron y se guarda el historial de estatus.", completion: .file())
        var store: String?

        @Argument(help: "Carpeta con los archivos JPG del expediente.", completion: .directory)
        var folder: String

        func run() throws {
            let (report, convocatoria) = try failing {
                var checker = try ruleOptions.makeChecker(options: limits.checkOptions)
                let convocatoria = checker.convocatoria
                if let registro { checker.registro = .file(path: registro) }
                if let store {
                    guard !isInside(store, folder: folder) else { throw StoreError.insideCheckedFolder(store: store, folder: folder) }
                    checker.cache = ResultCache(store: try ResultStore.openForWriting(path: store), convocatoria: convocatoria,
                                                options: limits.checkOptions)
                }
                let report = try checker.check(folder: URL(fileURLWithPath: folder), displayPath: folder)
                try checker.cache?.store.checkpoint()
                // The applicant data may have named another call: describe the report with its rules.
                let used = report.convocatoria == convocatoria.id ? convocatoria : (checker.library?.convocatoria(report.convocatoria) ?? convocatoria)
                return (report, used)
            }
            switch format {
            case .json: print(JSONReporter.render(report), terminator: "")
            case .text:
                let style = TextStyle(enabled: color.enabled())
                print(TextReporter.render(report, convocatoria: convocatoria, style: style), terminator: "")
            }
            if !report.status.isClear { throw ExitCode(1) }
        }
    }
}
