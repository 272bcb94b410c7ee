import ArgumentParser
import ExpedienteCommandLine
import ExpedienteKit

extension Expediente {
    struct Quality: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quality",
            abstract: "Mide la calidad de imagen de archivos JPEG (página en blanco, nitidez, contraste, ruido, orientación, encuadre).",
            discussion: "Aplica los umbrales de la convocatoria para el documento indicado y muestra las medidas y los hallazgos de la etapa quality."
        )

        @OptionGroup var rules: RuleOptions
        @OptionGroup var limits: LimitOptions

        @Option(name: .long, help: ArgumentHelp("Documento (NOMBRE de la convocatoria) cuyos umbrales se aplican; por omisión, el nombre del archivo.", valueName: "NOMBRE"))
        var documento: String?

        @Option(name: .long, help: ArgumentHelp("Formato de salida: text o json.", valueName: "FORMATO"))
        var format: ReportFormat = .text

        @Argument(help: ArgumentHelp("Archivos JPEG.", valueName: "ARCHIVO"), completion: .file())
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Indique al menos un archivo JPEG.") }
        }

        func run() throws {
            let checker = try failing {
                try ExpedienteChecker(convocatoria: try rules.loadConvocatoria(), perfil: rules.perfil, options: limits.checkOptions)
            }
            let inspections = files.map { path in
                checker.inspect(file: path, kind: documento ?? Self.kind(fromFileName: path))
            }
            switch format {
            case .json: print(JSONValue.array(inspections.map(QualityReporter.value)).serialized(indent: 2))
            case .text: for inspection in inspections { print(QualityReporter.text(inspection), terminator: "") }
            }
            if inspections.contains(where: { $0.error != nil }) { throw ExitCode(2) }
        }

        /// `CURP.JPG` → `CURP`.
        static func kind(fromFileName path: String) -> String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return String(name.prefix { $0 != "." }).uppercased()
        }
    }
}
