import ArgumentParser
import ExpedienteKit

extension Expediente {
    struct QR: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "qr",
            abstract: "Decodifica los códigos QR de archivos JPEG (texto exacto, UTF-8 o Latin-1)."
        )

        @OptionGroup var limits: LimitOptions

        @Option(name: .long, help: "Formato de salida: text o json.")
        var format: ReportFormat = .text

        @Argument(help: "Archivos JPEG.", completion: .file())
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
                        ("codes", .array(result.codes.map { .object([("text", .string($0.text)), ("encoding", .string($0.encoding))]) })),
                    ]
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
                        print("\(file): ningún código QR legible")
                    } else {
                        for code in result.codes { print("\(file): \(TerminalText.safe(code.text))") }
                    }
                }
            }
            if results.contains(where: { $0.error != nil }) { throw ExitCode(2) }
        }
    }
}
