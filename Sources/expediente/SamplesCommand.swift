import ArgumentParser
import ExpedienteKit
import ExpedienteSamples
import Foundation

extension Expediente {
    struct Samples: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Genera las carpetas de ejemplo (SampleDocs) y, junto a cada una, su informe esperado."
        )

        @OptionGroup var ruleOptions: RuleOptions

        @Option(name: .long, help: "Carpeta de salida.", completion: .directory)
        var output: String = "SampleDocs"

        func run() throws {
            let root = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let convocatoria = try failing { try ruleOptions.loadConvocatoria() }
            let folders = try SampleWriter.write(to: root)
            for folder in folders {
                let path = (output as NSString).appendingPathComponent(folder.name)
                let checker = try failing { try ExpedienteChecker(convocatoria: convocatoria, perfil: folder.perfil) }
                let report = try failing { try checker.check(folder: URL(fileURLWithPath: path), displayPath: path) }
                let text = TextReporter.render(report, convocatoria: convocatoria, perfil: checker.perfil)
                try Data(text.utf8).write(to: root.appendingPathComponent("\(folder.name).expected.txt"))
                try Data(JSONReporter.render(report).utf8).write(to: root.appendingPathComponent("\(folder.name).expected.json"))
                printError("\(folder.name): \(report.status.rawValue), \(report.observations.count) hallazgo(s) — \(folder.description)")
            }
        }
    }
}
