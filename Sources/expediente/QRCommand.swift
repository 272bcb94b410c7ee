import ArgumentParser
import ExpedienteKit

extension Expediente {
    struct QR: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "qr",
            abstract: "Decodifica los códigos QR de archivos JPEG (texto exacto: el juego de caracteres del ECI, o el que se deduce de los bytes)."
        )

        @OptionGroup var limits: LimitOptions

        @Option(name: .long, help: ArgumentHelp("Formato de salida: text o json.", valueName: "FORMATO"))
        var format: ReportFormat = .text

        @Argument(help: ArgumentHelp("Archivos JPEG.", valueName: "ARCHIVO"), completion: .file())
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Indique al menos un archivo JPEG.") }
        }

        func run() throws {
            let results = files.map { QRFileReader.read($0, options: limits.checkOptions) }
            switch format {
            case .json:
                let array = JSONValue.array(results.map { result in
                    var pairs: [(String, JSONValue)] = [
                        ("file", .string(result.file)),
                        ("codes", .array(result.codes.map { code in
                            .object([("text", .string(code.text)), ("encoding", .string(code.encoding)),
                                     ("encoding_source", .string(code.encodingSource)),
                                     ("module_px", code.moduleSize.map { JSONValue.decimal($0) } ?? .null)])
                        })),
                    ]
                    if let pass = result.pass { pairs.append(("pass", .string(pass.rawValue))) }
                    if let size = result.candidateModuleSize { pairs.append(("candidate_module_px", .decimal(size))) }
                    if let error = result.error { pairs.append(("error", .string(error))) }
                    return .object(pairs)
                })
                print(array.serialized(indent: 2))
            case .text:
                for result in results {
                    let file = TerminalText.safe(result.file)
                    if let error = result.error {
                        print("\(file): error: \(error)")
                    } else if result.codes.isEmpty {
                        let size = result.candidateModuleSize.map { " (se ve un QR de \(QRCode.formatModuleSize($0)) px por módulo)" } ?? ""
                        print("\(file): ningún código QR legible\(size)")
                    } else {
                        for code in result.codes {
                            let size = code.moduleSize.map { "  [\(QRCode.formatModuleSize($0)) px por módulo]" } ?? ""
                            print("\(file): \(TerminalText.safe(code.text))\(size)")
                        }
                    }
                }
            }
            if results.contains(where: { $0.error != nil }) { throw ExitCode(2) }
        }
    }
}
