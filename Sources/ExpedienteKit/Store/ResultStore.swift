import Foundation
import GRDB

/// The local SQLite store of `--store FILE`: each checked file's result keyed by its path, stamp,
/// content hash and the rules' fingerprint, so a rerun reads only what changed; and each
/// folder's status history (`expediente history`).
///
/// A run that writes holds an exclusive `flock` on the store for its whole life, so two runs
/// never interleave; readers (`history`) do not take it. Any SQLite error stops the run.
public final class ResultStore: Sendable {
    /// `PRAGMA application_id` of an expediente store ("EXPD"): any other SQLite file is refused.
    static let applicationID: Int32 = 0x4558_5044
    static let schemaVersion = 2

    public let path: String
    private let queue: DatabaseQueue
    private let lockDescriptor: Int32?

    /// Opens (creating it if needed) the store at `path` for a run that records results.
    public static func openForWriting(path: String) throws(StoreError) -> ResultStore {
        try ResultStore(path: path, writable: true)
    }

    /// Opens an existing store to read its history.
    public static func openForReading(path: String) throws(StoreError) -> ResultStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(path, detail: "el archivo no existe")
        }
        return try ResultStore(path: path, writable: false)
    }

    private init(path: String, writable: Bool) throws(StoreError) {
        self.path = path
        var lockDescriptor: Int32?
        if writable {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw .cannotOpen(path, detail: String(cString: strerror(errno))) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                close(fd)
                throw .locked(path)
            }
            lockDescriptor = fd
        }
        self.lockDescriptor = lockDescriptor
        var configuration = Configuration()
        configuration.readonly = !writable
        configuration.busyMode = .timeout(5)
        configuration.label = "expediente-store"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.validate(queue, path: path, writable: writable)
        } catch let error as StoreError {
            if let lockDescriptor { close(lockDescriptor) }
            throw error
        } catch {
            if let lockDescriptor { close(lockDescriptor) }
            throw Self.translate(error, path: path)
        }
    }

    /// Folds the write-ahead log into the store file, so the file alone holds every result
    /// (it can be copied or backed up by itself). Called when a run ends.
    public func checkpoint() throws(StoreError) {
        guard lockDescriptor != nil else { return }
        try run { db in _ = try db.checkpoint(.truncate) }
    }

    deinit {
        // SQLite's POSIX locks die with any descriptor of the file this process closes:
        // close SQLite's connection before the descriptor that holds the flock.
        try? queue.close()
        if let lockDescriptor { close(lockDescriptor) }
    }

    private static func validate(_ queue: DatabaseQueue, path: String, writable: Bool) throws {
        try queue.inDatabase { db in
            let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
            guard check == ["ok"] else { throw StoreError.corrupt(path, detail: check.prefix(3).joined(separator: "; ")) }
            let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if application == 0 && version == 0 && tables == 0 {
                guard writable else { throw StoreError.notAStore(path) }
                try create(db)
                return
            }
            guard application == applicationID else { throw StoreError.notAStore(path) }
            guard version <= schemaVersion else { throw StoreError.newerSchema(path, version: version) }
            if writable {
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
                if version < 2 { try db.execute(sql: solicitudTable + "PRAGMA user_version = 2;") }
            }
        }
    }

    private static func create(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA application_id = \(applicationID);
            PRAGMA user_version = \(schemaVersion);
            CREATE TABLE document (
                path BLOB PRIMARY KEY,
                size INTEGER NOT NULL,
                mtime_ns INTEGER NOT NULL,
                ctime_ns INTEGER NOT NULL,
                inode INTEGER NOT NULL,
                sha256 BLOB NOT NULL,
                fingerprint TEXT NOT NULL,
                kind TEXT NOT NULL,
                observations BLOB NOT NULL,
                recorded_ns INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE status_history (
                id INTEGER PRIMARY KEY,
                folder TEXT NOT NULL,
                convocatoria TEXT NOT NULL,
                status TEXT NOT NULL,
                anulaciones INTEGER NOT NULL,
                observaciones INTEGER NOT NULL,
                avisos INTEGER NOT NULL,
                since REAL NOT NULL,
                last_checked REAL NOT NULL
            );
            CREATE INDEX status_history_folder ON status_history (folder, id);
            """ + solicitudTable)
    }

    /// Schema 2: each folder's SOLICITUD and the registro digest when it was first seen.
    private static let solicitudTable = """
        CREATE TABLE IF NOT EXISTS solicitud (
            folder TEXT PRIMARY KEY,
            sha256 BLOB NOT NULL,
            registro BLOB NOT NULL,
            since REAL NOT NULL
        ) WITHOUT ROWID;
        """

    static func translate(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .failed(path, detail: "\(error)") }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path)
        case .SQLITE_CORRUPT: return .corrupt(path, detail: error.message ?? "SQLITE_CORRUPT")
        case .SQLITE_NOTADB: return .notAStore(path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return .cannotOpen(path, detail: error.message ?? "\(error.resultCode)")
        default: return .failed(path, detail: error.message ?? "\(error.resultCode)")
        }
    }

    private func run<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.inDatabase(body)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    // MARK: documents

    func document(at path: [UInt8]) throws(StoreError) -> StoredDocument? {
        let row = try run { db in
            try Row.fetchOne(db, sql: "SELECT * FROM document WHERE path = ?", arguments: [Data(path)])
        }
        guard let row else { return nil }
        let observationsData: Data = row["observations"]
        guard let result = StoredResult.decode(observationsData) else {
            throw .corrupt(self.path, detail: "un resultado guardado no se puede leer")
        }
        let hash: Data = row["sha256"]
        return StoredDocument(
            path: path,
            stamp: FileStamp(size: row["size"], mtimeNanoseconds: row["mtime_ns"], ctimeNanoseconds: row["ctime_ns"], inode: row["inode"]),
            contentHash: Array(hash), fingerprint: row["fingerprint"], kind: row["kind"],
            observations: result.observations, facts: result.facts, picture: result.picture, recordedNanoseconds: row["recorded_ns"]
        )
    }

    /// The SOLICITUD the store saw last in the folder (`folderKey`), or nil. A store opened for
    /// reading only may predate the table: it has none.
    func solicitud(folder: String) throws(StoreError) -> SolicitudRecord? {
        try run { db in
            guard try db.tableExists("solicitud"),
                  let row = try Row.fetchOne(db, sql: "SELECT * FROM solicitud WHERE folder = ?", arguments: [folder])
            else { return nil }
            let hash: Data = row["sha256"]
            let registro: Data = row["registro"]
            return SolicitudRecord(solicitud: Array(hash), registro: Array(registro), since: Date(timeIntervalSince1970: row["since"]))
        }
    }

    /// Saves a folder's checked documents and its status in one transaction, and its SOLICITUD
    /// when it is new or another file (an unchanged one keeps the registro it was first seen with).
    func record(_ documents: [StoredDocument], status: StatusRecord, solicitud: SolicitudRecord? = nil) throws(StoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try run { db in
            try db.inTransaction {
                for document in documents {
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO document
                        (path, size, mtime_ns, ctime_ns, inode, sha256, fingerprint, kind, observations, recorded_ns)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [
                            Data(document.path), document.stamp.size, document.stamp.mtimeNanoseconds,
                            document.stamp.ctimeNanoseconds, document.stamp.inode, Data(document.contentHash),
                            document.fingerprint, document.kind, try encoder.encode(StoredResult(observations: document.observations, facts: document.facts, picture: document.picture)),
                            document.recordedNanoseconds,
                        ])
                }
                try Self.appendStatus(status, db)
                if let solicitud {
                    try db.execute(sql: """
                        INSERT INTO solicitud (folder, sha256, registro, since) VALUES (?, ?, ?, ?)
                        ON CONFLICT (folder) DO UPDATE SET sha256 = excluded.sha256, registro = excluded.registro, since = excluded.since
                        WHERE solicitud.sha256 != excluded.sha256
                        """, arguments: [status.folder, Data(solicitud.solicitud), Data(solicitud.registro), solicitud.since.timeIntervalSince1970])
                }
                return .commit
            }
        }
    }

    // MARK: status history

    private static func appendStatus(_ record: StatusRecord, _ db: Database) throws {
        if let last = try Row.fetchOne(db, sql: "SELECT * FROM status_history WHERE folder = ? ORDER BY id DESC LIMIT 1",
                                       arguments: [record.folder]),
           statusRecord(last).sameOutcome(as: record) {
            let id: Int64 = last["id"]
            try db.execute(sql: "UPDATE status_history SET last_checked = ? WHERE id = ?",
                           arguments: [record.lastChecked.timeIntervalSince1970, id])
            return
        }
        try db.execute(sql: """
            INSERT INTO status_history (folder, convocatoria, status, anulaciones, observaciones, avisos, since, last_checked)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [record.folder, record.convocatoria, record.status.rawValue, record.anulaciones,
                             record.observaciones, record.avisos, record.since.timeIntervalSince1970,
                             record.lastChecked.timeIntervalSince1970])
    }

    private static func statusRecord(_ row: Row) -> StatusRecord {
        let status: String = row["status"]
        return StatusRecord(
            folder: row["folder"], convocatoria: row["convocatoria"],
            status: ExpedienteStatus(rawValue: status) ?? .conObservaciones,
            anulaciones: row["anulaciones"], observaciones: row["observaciones"], avisos: row["avisos"],
            since: Date(timeIntervalSince1970: row["since"]), lastChecked: Date(timeIntervalSince1970: row["last_checked"])
        )
    }

    /// The folder's status history, oldest first. `folder` is the key a run recorded:
    /// `ResultStore.folderKey(for:)` of the path it was given.
    public func history(folder: String) throws(StoreError) -> [StatusRecord] {
        try run { db in
            try Row.fetchAll(db, sql: "SELECT * FROM status_history WHERE folder = ? ORDER BY id", arguments: [folder])
                .map(Self.statusRecord)
        }
    }

    /// The key under which a folder's history is kept: its absolute path without `.`/`..` and
    /// with links resolved, so the same folder given as `./X` or `/data/X` shares one history.
    public static func folderKey(for path: String) -> String {
        RawName.resolved(path) ?? URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
