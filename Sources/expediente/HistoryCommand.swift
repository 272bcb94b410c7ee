import ArgumentParser
import ExpedienteCommandLine
import ExpedienteKit
import Foundation

extension Expediente {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Muestra el historial de estatus de una carpeta de aspirante guardado en el almacén (--store)."
        )

        @Option(name: .long, help: ArgumentHelp("Almacén SQLite que escribieron batch o check con --store.", valueName: "ARCHIVO"), completion: .file())
        var store: String

        @Option(name: .long, help: ArgumentHelp("Formato: text o json.", valueName: "FORMATO"))
        var format: ReportFormat = .text

        @Argument(help: ArgumentHelp("Carpeta del aspirante, como se revisó.", valueName: "CARPETA"), completion: .directory)
        var folder: String

        func run() throws {
            let key = ResultStore.folderKey(for: folder)
            let records = try failing { try ResultStore.openForReading(path: store).history(folder: key) }
            switch format {
            case .json: print(Self.json(records, folder: key))
            case .text: print(Self.text(records, folder: key), terminator: "")
            }
            if records.isEmpty { throw ExitCode(1) }
        }

        static func text(_ records: [StatusRecord], folder: String) -> String {
            guard !records.isEmpty else { return "No hay historial de «\(TerminalText.safe(folder))» en el almacén.\n" }
            var out = "Historial de estatus de \(TerminalText.safe(folder)):\n"
            for record in records {
                let span = record.since == record.lastChecked
                    ? stamp(record.since) : "\(stamp(record.since)) → \(stamp(record.lastChecked))"
                out += "  \(span)  \(record.status.rawValue)  \(record.anulaciones) anulación(es), "
                    + "\(record.observaciones) observación(es), \(record.avisos) aviso(s)  [\(record.convocatoria)]\n"
            }
            return out
        }

        static func json(_ records: [StatusRecord], folder: String) -> String {
            let items: [JSONValue] = records.map { record in
                .object([
                    ("status", .string(record.status.rawValue)),
                    ("convocatoria", .string(record.convocatoria)),
                    ("anulaciones", .number(record.anulaciones)),
                    ("observaciones", .number(record.observaciones)),
                    ("avisos", .number(record.avisos)),
                    ("since", .string(iso(record.since))),
                    ("last_checked", .string(iso(record.lastChecked))),
                ])
            }
            return JSONValue.object([("folder", .string(folder)), ("history", .array(items))]).serialized(indent: 2)
        }

        private static func stamp(_ date: Date) -> String {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "es_MX")
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
            return formatter.string(from: date)
        }

        private static func iso(_ date: Date) -> String {
            ISO8601DateFormatter().string(from: date)
        }
    }
}
