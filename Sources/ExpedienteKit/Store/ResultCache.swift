import Foundation
import Synchronization

/// A run's use of the result store: the fingerprint is computed once, and each document is
/// checked again only when its file or the rules changed.
public struct ResultCache: Sendable {
    public let store: ResultStore
    let fingerprint: String
    /// A file whose mtime or ctime is this close to the moment its row was written may have
    /// changed again within the same timestamp tick: it is hashed again (git's "racy clean").
    let racyWindowNanoseconds: Int64
    /// What the run did with each document, for the summary and the tests.
    public let counters: Counters
    let fingerprints: Fingerprints

    public init(store: ResultStore, convocatoria: Convocatoria, options: CheckOptions) {
        self.init(store: store, convocatoria: convocatoria, options: options, racyWindowNanoseconds: 2_000_000_000)
    }

    init(store: ResultStore, convocatoria: Convocatoria, options: CheckOptions, racyWindowNanoseconds: Int64,
         counters: Counters = Counters(), fingerprints: Fingerprints = Fingerprints()) {
        self.store = store
        self.fingerprint = fingerprints.fingerprint(of: convocatoria, options: options)
        self.racyWindowNanoseconds = racyWindowNanoseconds
        self.counters = counters
        self.fingerprints = fingerprints
    }

    /// The same store, counters and fingerprints for a folder checked with another convocatoria
    /// (its applicant data chose it): each convocatoria's rule files are hashed once per run.
    init(sharing other: ResultCache, convocatoria: Convocatoria, options: CheckOptions) {
        self.init(store: other.store, convocatoria: convocatoria, options: options,
                  racyWindowNanoseconds: other.racyWindowNanoseconds, counters: other.counters, fingerprints: other.fingerprints)
    }

    /// Fingerprints by convocatoria id, computed once and shared by the threads of a run.
    final class Fingerprints: @unchecked Sendable {
        private let lock = NSLock()
        private var byConvocatoria: [String: String] = [:]

        func fingerprint(of convocatoria: Convocatoria, options: CheckOptions) -> String {
            lock.withLock {
                if let known = byConvocatoria[convocatoria.id] { return known }
                let computed = ResultFingerprint.compute(convocatoria: convocatoria, options: options)
                byConvocatoria[convocatoria.id] = computed
                return computed
            }
        }
    }

    public final class Counters: Sendable {
        public init() {}

        /// Stamp unchanged: the stored result was used and the file not even opened.
        public let unchanged = Atomic<Int>(0)
        /// Stamp changed, content the same: read and hashed, not checked again.
        public let rehashed = Atomic<Int>(0)
        /// New or changed content (or new rules): checked.
        public let checked = Atomic<Int>(0)

        public var summary: (unchanged: Int, rehashed: Int, checked: Int) {
            (unchanged.load(ordering: .relaxed), rehashed.load(ordering: .relaxed), checked.load(ordering: .relaxed))
        }
    }

    enum Lookup {
        /// The stored observations hold: the stamp proves the file unchanged.
        case unchanged(StoredDocument)
        /// The stamp changed but the content did not: the observations hold, the row needs the new stamp.
        case sameContent(StoredDocument)
        /// Check the file (already read, when it could be) and store the result.
        case check(BoundedReader.Result?, contentHash: [UInt8]?)
    }

    /// Reads and hashes the file only when its stamp differs from the stored one (git's index rule).
    func lookup(_ entry: FolderEntry, kind: String, readLimit: Int) throws(StoreError) -> Lookup {
        let stored = try store.document(at: entry.path).flatMap { $0.fingerprint == fingerprint && $0.kind == kind ? $0 : nil }
        guard let stamp = entry.stamp else {
            counters.checked.add(1, ordering: .relaxed)
            return .check(nil, contentHash: nil)
        }
        if let stored, stored.stampMatches(stamp, racyWindowNanoseconds: racyWindowNanoseconds) {
            counters.unchanged.add(1, ordering: .relaxed)
            return .unchanged(stored)
        }
        // A file that cannot be read is checked as usual (the pipeline reports why) and not stored.
        guard case .success(let read) = BoundedReader.read(path: entry.path, limit: readLimit) else {
            counters.checked.add(1, ordering: .relaxed)
            return .check(nil, contentHash: nil)
        }
        let hash = Self.contentHash(read, size: stamp.size)
        if var stored, stored.contentHash == hash {
            stored.stamp = stamp
            stored.recordedNanoseconds = Self.now()
            counters.rehashed.add(1, ordering: .relaxed)
            return .sameContent(stored)
        }
        counters.checked.add(1, ordering: .relaxed)
        return .check(read, contentHash: hash)
    }

    func document(_ entry: FolderEntry, kind: String, hash: [UInt8], observations: [Observation],
                  facts: DocumentFacts?, picture: PictureSignature?) -> StoredDocument? {
        guard let stamp = entry.stamp else { return nil }
        return StoredDocument(path: entry.path, stamp: stamp, contentHash: hash, fingerprint: fingerprint, kind: kind,
                              observations: observations, facts: facts, picture: picture, recordedNanoseconds: Self.now())
    }

    /// SHA-256 of the bytes read and of the size: a file cut at the read limit is told apart
    /// from a longer one with the same beginning, whose size the findings report.
    static func contentHash(_ read: BoundedReader.Result, size: Int64) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: read.bytes)
        withUnsafeBytes(of: size.littleEndian) { hasher.update(bufferPointer: $0) }
        return Array(hasher.finalize())
    }

    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
