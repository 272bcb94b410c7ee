import Dispatch
import Foundation

/// Checks many applicant folders on `jobs` threads and hands each result back in folder order,
/// holding at most `window` finished reports that wait for an earlier, slower folder: memory stays
/// bounded whatever the number of folders.
public final class BatchRunner: @unchecked Sendable {
    public struct Folder: Sendable {
        public let rawPath: [UInt8]
        /// The path as reports show it.
        public let displayPath: String
        /// This folder's row of the batch applicant-data CSV, if any.
        public var registro: RegistroInput?

        public init(rawPath: [UInt8], displayPath: String, registro: RegistroInput? = nil) {
            self.rawPath = rawPath
            self.displayPath = displayPath
            self.registro = registro
        }
    }

    private let checker: ExpedienteChecker
    private let jobs: Int
    private let window: Int
    // State shared by the workers and the emitting thread, guarded by `condition`.
    private let condition = NSCondition()
    private var nextToTake = 0
    private var nextToEmit = 0
    private var finished: [Int: Result<ExpedienteReport, ExpedienteError>] = [:]
    private var stopping = false

    public init(checker: ExpedienteChecker, jobs: Int, window: Int? = nil) {
        var checker = checker
        // Parallelism comes from the folders (`jobs` threads in all); a folder's documents run
        // one after another.
        checker.parallelDocuments = false
        self.checker = checker
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 8)
    }

    /// Asks the run to stop: no new folder is started, the ones under way finish and are emitted.
    /// Safe to call from any thread (a signal handler's queue).
    public func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `folders`; `emit` is called on the calling thread, in order, once per folder checked.
    /// Returns the number of folders emitted (fewer than `folders.count` after `stop()`).
    /// An error thrown by `emit` stops the run and is rethrown once the workers are done.
    @discardableResult
    public func run(_ folders: [Folder], emit: (Int, Folder, Result<ExpedienteReport, ExpedienteError>) throws -> Void) throws -> Int {
        // Each worker is a thread of its own, not a block on DispatchQueue.global(): a worker runs
        // for the whole batch, so `jobs` of them at the core count held every thread of the global
        // pool, and whatever else was queued there (the Ctrl-C handler, for one) waited for the
        // batch to end.
        let group = DispatchGroup()
        for index in 0..<min(jobs, max(folders.count, 1)) {
            group.enter()
            let thread = Thread { [self] in
                work(folders)
                group.leave()
            }
            thread.name = "expediente-batch-\(index + 1)"
            thread.start()
        }
        var emitted = 0
        defer {
            stop()
            group.wait()
        }
        while emitted < folders.count {
            condition.lock()
            while finished[emitted] == nil && !(stopping && emitted >= nextToTake) {
                condition.wait()
            }
            guard let result = finished.removeValue(forKey: emitted) else {
                condition.unlock()
                break
            }
            nextToEmit = emitted + 1
            condition.broadcast()
            condition.unlock()
            try emit(emitted, folders[emitted], result)
            emitted += 1
        }
        return emitted
    }

    private func work(_ folders: [Folder]) {
        while true {
            condition.lock()
            while !stopping && nextToTake < folders.count && nextToTake - nextToEmit >= window {
                condition.wait()
            }
            guard !stopping, nextToTake < folders.count else {
                condition.unlock()
                return
            }
            let index = nextToTake
            nextToTake += 1
            condition.unlock()

            let folder = folders[index]
            let result = Result { () throws(ExpedienteError) in
                try checker.check(rawPath: folder.rawPath, displayPath: folder.displayPath, registro: folder.registro)
            }
            condition.lock()
            finished[index] = result
            condition.broadcast()
            condition.unlock()
        }
    }
}
