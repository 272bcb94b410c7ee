import Dispatch
import Foundation

/// Checks applicant folders against one convocatoria's rules: the library's entry point.
public struct ExpedienteChecker: Sendable {
    public let convocatoria: Convocatoria
    /// Participant profile id (`todos` unless the applicant is an IMSS worker or a worker's child).
    public let perfil: String
    public let options: CheckOptions
    /// Results of earlier runs (`--store`); nil checks every file.
    public var cache: ResultCache?
    /// Checks a folder's documents in parallel; a batch that runs folders in parallel turns it off.
    public var parallelDocuments = true
    /// Adds a small JPEG of each page to the report's documents (the HTML report); off, no cost.
    public var makeThumbnails = false

    public init(convocatoria: Convocatoria, perfil: String? = nil, options: CheckOptions = .default) throws(ExpedienteError) {
        let chosen = perfil ?? convocatoria.basePerfil.id
        guard convocatoria.perfil(chosen) != nil else {
            throw .unknownPerfil(chosen, available: convocatoria.file.perfiles.map(\.id))
        }
        self.convocatoria = convocatoria
        self.perfil = chosen
        self.options = options
    }

    /// Checks one applicant's folder. Throws only when the folder itself cannot be
    /// listed; every problem with a file is an observation in the report.
    public func check(folder: URL, displayPath: String? = nil) throws(ExpedienteError) -> ExpedienteReport {
        try check(rawPath: RawName.bytes(of: folder), displayPath: displayPath ?? folder.path)
    }

    /// Checks the folder at a path given as raw bytes (a name that is not UTF-8 still works).
    public func check(rawPath: [UInt8], displayPath: String? = nil) throws(ExpedienteError) -> ExpedienteReport {
        let inventory = Inventory(entries: try FolderEntry.list(rawPath: rawPath), convocatoria: convocatoria)
        var observations: [Observation] = []
        for check in CheckCatalog.folderChecks {
            for located in check.run(on: inventory, convocatoria: convocatoria, perfil: perfil) {
                let expectedName = located.kind.map {
                    Inventory.expectedName(for: $0, limits: convocatoria.limits(for: $0))
                }
                if let observation = observe(located.finding, kind: located.kind, file: located.file, expectedName: expectedName) {
                    observations.append(observation)
                }
            }
        }

        let documents = inventory.documents.sorted(by: documentOrder)
        let results: [Result<CheckedDocument?, StoreError>]
        if parallelDocuments {
            let slots = ResultSlots<Result<CheckedDocument?, StoreError>>(count: documents.count, initial: .success(nil))
            DispatchQueue.concurrentPerform(iterations: documents.count) { index in
                slots[index] = checkDocumentResult(documents[index])
            }
            results = slots.values
        } else {
            results = documents.map(checkDocumentResult)
        }
        var toStore: [StoredDocument] = []
        var checkedByFile: [String: CheckedDocument] = [:]
        for result in results {
            do throws(StoreError) {
                guard var checked = try result.get() else { continue }
                observations += checked.observations
                if let stored = checked.toStore { toStore.append(stored) }
                checked.observations = []
                checked.toStore = nil
                checkedByFile[checked.file] = checked
            } catch {
                throw .store(error)
            }
        }

        let pending = convocatoria.requiredKinds(for: perfil).contains { kind in
            kind.pendingWhenMissing && inventory.items(of: kind.kind).isEmpty
        }
        let counts = Dictionary(grouping: observations.compactMap(\.file), by: { $0 }).mapValues(\.count)
        let report = ExpedienteReport(
            convocatoria: convocatoria.id,
            path: displayPath ?? RawName.display(rawPath),
            status: ExpedienteStatus.derive(from: observations, solicitudPresent: !pending),
            documents: documents.map { item -> ExpedienteReport.Document in
                let checked = checkedByFile[item.entry.relativePath]
                return ExpedienteReport.Document(kind: item.kind!.kind, file: item.entry.relativePath,
                                                 observations: counts[item.entry.relativePath] ?? 0,
                                                 facts: checked?.facts, thumbnail: checked?.thumbnail)
            },
            observations: observations
        )
        if let cache {
            let folder = ResultStore.folderKey(for: RawName.display(rawPath))
            do throws(StoreError) {
                try cache.store.record(toStore, status: StatusRecord(report: report, folder: folder, at: Date()))
            } catch {
                throw .store(error)
            }
        }
        return report
    }

    /// One slot per document, filled from concurrent iterations. An NSLock (a pthread mutex)
    /// guards it because ThreadSanitizer sees it; it cannot see Synchronization.Mutex parking
    /// contended waiters on a futex, and reported a race that was none.
    private final class ResultSlots<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Value]

        init(count: Int, initial: Value) {
            storage = Array(repeating: initial, count: count)
        }

        subscript(index: Int) -> Value {
            get { lock.withLock { storage[index] } }
            set { lock.withLock { storage[index] = newValue } }
        }

        var values: [Value] { lock.withLock { storage } }
    }

    private struct CheckedDocument {
        var file: String
        var observations: [Observation]
        var facts: DocumentFacts?
        var thumbnail: [UInt8]?
        /// The row the store needs for this document, nil when it already has it (or no store).
        var toStore: StoredDocument?
    }

    private func checkDocumentResult(_ item: Inventory.Item) -> Result<CheckedDocument?, StoreError> {
        Result { () throws(StoreError) in try checkDocument(item) }
    }

    private func checkDocument(_ item: Inventory.Item) throws(StoreError) -> CheckedDocument? {
        guard let kind = item.kind, item.entry.type == .regular else { return nil }
        let file = item.entry.relativePath
        guard let cache else {
            let run = checkDocument(item, kind: kind, prefetched: nil)
            return CheckedDocument(file: file, observations: run.observations, facts: run.facts,
                                   thumbnail: thumbnail(ofJPEG: run.jpegBytes))
        }
        switch try cache.lookup(item.entry, kind: kind.kind, readLimit: options.maxReadBytes) {
        case .unchanged(let stored):
            return CheckedDocument(file: file, observations: stored.observations, facts: stored.facts,
                                   thumbnail: thumbnail(reading: item))
        case .sameContent(let stored):
            return CheckedDocument(file: file, observations: stored.observations, facts: stored.facts,
                                   thumbnail: thumbnail(reading: item), toStore: stored)
        case .check(let read, let hash):
            let run = checkDocument(item, kind: kind, prefetched: read)
            return CheckedDocument(file: file, observations: run.observations, facts: run.facts,
                                   thumbnail: thumbnail(ofJPEG: run.jpegBytes),
                                   toStore: hash.flatMap { cache.document(item.entry, kind: kind.kind, hash: $0,
                                                                          observations: run.observations, facts: run.facts) })
        }
    }

    /// The page's thumbnail when `makeThumbnails` is on, from the bytes the pipeline read (nil
    /// when they are not a JPEG).
    private func thumbnail(ofJPEG bytes: [UInt8]?) -> [UInt8]? {
        guard makeThumbnails, let bytes else { return nil }
        return Thumbnail.make(bytes, limits: options.decodeLimits)
    }

    /// The thumbnail of a document the store answered for: its file is read again (bounded).
    private func thumbnail(reading item: Inventory.Item) -> [UInt8]? {
        guard makeThumbnails, case .success(let read) = BoundedReader.read(path: item.entry.path, limit: options.maxReadBytes),
              MagicDetector.detect(read.bytes)?.isJPEG == true else { return nil }
        return Thumbnail.make(read.bytes, limits: options.decodeLimits)
    }

    private func checkDocument(_ item: Inventory.Item, kind: DocumentKindRule, prefetched: BoundedReader.Result?)
        -> (observations: [Observation], facts: DocumentFacts, jpegBytes: [UInt8]?) {
        let limits = convocatoria.limits(for: kind)
        let expectedName = Inventory.expectedName(for: kind, limits: limits)
        var context = DocumentContext(entry: item.entry, kind: kind, limits: limits, quality: convocatoria.quality(for: kind),
                                      expectedName: expectedName, options: options)
        context.prefetched = prefetched
        let observations = DocumentPipeline.run(&context).compactMap {
            observe($0, kind: kind, file: item.entry.relativePath, expectedName: expectedName)
        }
        return (observations, DocumentFacts(context), context.isJPEG ? context.bytes : nil)
    }

    /// Documents in the order of the call's table, then by file name.
    private func documentOrder(_ a: Inventory.Item, _ b: Inventory.Item) -> Bool {
        let ia = convocatoria.kinds.firstIndex { $0.kind == a.kind?.kind } ?? .max
        let ib = convocatoria.kinds.firstIndex { $0.kind == b.kind?.kind } ?? .max
        return (ia, a.entry.relativePath) < (ib, b.entry.relativePath)
    }

    /// Gives a finding the severity and Spanish words of the rule files.
    func observe(_ finding: Finding, kind: DocumentKindRule?, file: String?, expectedName: String?) -> Observation? {
        let id = finding.check.id
        guard convocatoria.isEnabled(id, kind: kind) else { return nil }
        let rule = convocatoria.rule(for: id, kind: kind)
        var values = finding.values
        values["file"] = file ?? ""
        values["document"] = kind?.kind ?? ""
        values["title"] = kind?.title ?? ""
        values["expected"] = finding.expected ?? ""
        values["actual"] = finding.actual ?? ""
        values["expected_name"] = expectedName ?? ""
        return Observation(
            check: id,
            severity: rule.severity ?? .observacion,
            document: kind?.kind,
            file: file,
            message: MessageTemplate.render(rule.message ?? finding.check.title, values),
            expected: finding.expected,
            actual: finding.actual,
            hint: rule.hint.map { MessageTemplate.render($0, values) }
        )
    }
}
