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

        @Option(name: .long, help: "Almacén SQLite de resultados (fuera de la carpeta): solo se revisan los archivos que cambiaron y se guarda el historial de estatus.", completion: .file())
        var store: String?

        @Argument(help: "Carpeta con los archivos JPG del expediente.", completion: .directory)
        var folder: String

        func run() throws {
            let (report, convocatoria, perfil) = try failing {
                let convocatoria = try ruleOptions.loadConvocatoria()
                var checker = try ExpedienteChecker(convocatoria: convocatoria, perfil: ruleOptions.perfil, options: limits.checkOptions)
                if let store {
                    guard !isInside(store, folder: folder) else { throw StoreError.insideCheckedFolder(store: store, folder: folder) }
                    checker.cache = ResultCache(store: try ResultStore.openForWriting(path: store), convocatoria: convocatoria,
                                                options: limits.checkOptions)
                }
                let report = try checker.check(folder: URL(fileURLWithPath: folder), displayPath: folder)
                try checker.cache?.store.checkpoint()
                return (report, convocatoria, checker.perfil)
            }
            switch format {
            case .json: print(JSONReporter.render(report), terminator: "")
            case .text:
                let style = TextStyle(enabled: color.enabled())
                print(TextReporter.render(report, convocatoria: convocatoria, perfil: perfil, style: style), terminator: "")
            }
            if !report.status.isClear { throw ExitCode(1) }
        }
    }
}
