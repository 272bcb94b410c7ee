import Foundation

/// The output file of an earlier, interrupted `batch` run, read back so `--resume` skips the
/// folders it already holds. Only complete records count: a last record cut by the interruption
/// is dropped (the caller truncates the file to `completeLength`) and its folder checked again.
public struct ResumeLog: Sendable {
    public enum Format: Sendable { case jsonl, csv }

    public struct Entry: Sendable, Equatable {
        public var path: String
        public var status: ExpedienteStatus
        /// Check ids of the folder's findings with their severity (empty for CSV, which lists documents only).
        public var checks: [String: Severity]
    }

    public private(set) var entries: [Entry] = []
    /// Bytes of the file up to the end of its last complete record.
    public private(set) var completeLength = 0
    /// A CSV file whose header line is already written.
    public private(set) var hasHeader = false

    public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        case unreadable(String)
        case notOurs(String, line: Int)

        public var description: String {
            switch self {
            case .unreadable(let path): "No se pudo leer «\(path)» para continuar la ejecución anterior."
            case .notOurs(let path, let line):
                "«\(path)» no parece la salida de una ejecución anterior de expediente batch en este formato (línea \(line)); no se modificó. Indique otro --output o quite --resume."
            }
        }
    }

    /// Reads `path` in chunks (the file may hold tens of thousands of folders).
    public static func read(path: String, format: Format) throws(ReadError) -> ResumeLog {
        var log = ResumeLog()
        try forEachRecord(path: path, csv: format == .csv) { record, line, end throws(ReadError) in
            guard log.add(record, format: format, isFirst: line == 1) else { throw .notOurs(path, line: line) }
            log.completeLength = end
            return true
        }
        return log
    }

    /// How much of the findings sheet (`--findings-csv`) of the interrupted run to keep: its
    /// header and the rows of `folders` (the folders the resumed output holds complete). The run
    /// wrote each folder's rows just before its output record, so those rows are the start of the
    /// sheet; what follows (the rows of the folder the interruption cut) is dropped and that
    /// folder's rows are written again. An empty file is kept at 0 bytes (the header is then written).
    public static func findingsLength(path: String, folders: Set<String>) throws(ReadError) -> Int {
        var length = 0
        try forEachRecord(path: path, csv: true) { record, line, end throws(ReadError) in
            if line == 1 {
                guard record + "\n" == FindingsCSVReporter.header else { throw .notOurs(path, line: line) }
            } else {
                guard let folder = CSVReporter.parseFirstField(record[...]) else { throw .notOurs(path, line: line) }
                guard folders.contains(folder) else { return false }
            }
            length = end
            return true
        }
        return length
    }

    /// Calls `body` with each complete record of `path` (without its "\n"), its 1-based number
    /// and the byte offset just past it, until `body` returns false. In CSV a quoted field may
    /// hold a line break.
    private static func forEachRecord(path: String, csv: Bool,
                                      _ body: (String, Int, Int) throws(ReadError) -> Bool) throws(ReadError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path) }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var consumed = 0
        var insideQuotes = false
        var line = 0
        while true {
            let chunk: Data
            do {
                guard let data = try handle.read(upToCount: 1 << 20), !data.isEmpty else { break }
                chunk = data
            } catch {
                throw .unreadable(path)
            }
            for byte in chunk {
                pending.append(byte)
                // "" toggles twice, so parity is enough.
                if csv && byte == UInt8(ascii: "\"") { insideQuotes.toggle() }
                guard byte == UInt8(ascii: "\n"), !insideQuotes else { continue }
                line += 1
                consumed += pending.count
                guard try body(String(decoding: pending.dropLast(), as: UTF8.self), line, consumed) else { return }
                pending.removeAll(keepingCapacity: true)
            }
        }
    }

    private mutating func add(_ record: String, format: Format, isFirst: Bool) -> Bool {
        switch format {
        case .jsonl:
            guard let object = try? JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any],
                  object["schema"] as? String == ExpedienteReport.schemaID,
                  let path = object["path"] as? String,
                  let status = (object["status"] as? String).flatMap(ExpedienteStatus.init(rawValue:)),
                  let observations = object["observations"] as? [[String: Any]]
            else { return false }
            var checks: [String: Severity] = [:]
            for observation in observations {
                guard let id = observation["check"] as? String,
                      let severity = (observation["severity"] as? String).flatMap(Severity.init(rawValue:)) else { return false }
                checks[id] = min(checks[id] ?? severity, severity)
            }
            entries.append(Entry(path: path, status: status, checks: checks))
        case .csv:
            if isFirst {
                guard record + "\n" == CSVReporter.header else { return false }
                hasHeader = true
                return true
            }
            guard let path = CSVReporter.parseFirstField(record[...]),
                  let statusField = Self.secondField(record),
                  let status = ExpedienteStatus(rawValue: statusField)
            else { return false }
            entries.append(Entry(path: path, status: status, checks: [:]))
        }
        return true
    }

    /// The status column: never quoted (a status id), right after the first field.
    private static func secondField(_ record: String) -> String? {
        var insideQuotes = false
        var start: String.Index?
        for index in record.unicodeScalars.indices {
            let scalar = record.unicodeScalars[index]
            if scalar == "\"" { insideQuotes.toggle() }
            guard scalar == ",", !insideQuotes else { continue }
            guard let begin = start else {
                start = record.unicodeScalars.index(after: index)
                continue
            }
            return String(record.unicodeScalars[begin..<index])
        }
        return nil
    }
}
