import Foundation

/// The convocatorias of a rules folder, each loaded once on first use, for folders whose
/// applicant data names their call. Shared by the threads of a batch.
public final class ConvocatoriaLibrary: @unchecked Sendable {
    private let root: URL?
    private let lock = NSLock()
    private var loaded: [String: Convocatoria?] = [:]
    private var every: [Convocatoria]?
    private var catalogIDs: [String]?

    /// `root` nil: the default rules folder.
    public init(root: URL?) {
        self.root = root
    }

    /// Nil when the rules folder has no such convocatoria or its rules cannot be loaded
    /// (the folder is then checked with the default one, and `data.convocatoria` says so).
    public func convocatoria(_ id: String) -> Convocatoria? {
        lock.withLock {
            if let cached = loaded[id] { return cached }
            let result = try? RuleSelection.load(root: root, convocatoria: id)
            loaded[id] = result
            return result
        }
    }

    /// The convocatorias whose rules were read so far (for tests).
    var loadedIDs: Set<String> { lock.withLock { Set(loaded.keys) } }

    /// The ids of the rules folder's convocatorias, newest first, without loading their rules.
    public func ids() -> [String] {
        if let catalogIDs = lock.withLock({ catalogIDs }) { return catalogIDs }
        let ids = (try? RuleSelection.catalog(root: root))?.map(\.id) ?? []
        lock.withLock { catalogIDs = ids }
        return ids
    }

    /// Every convocatoria of the rules folder that loads, newest first.
    public func calls() -> [Convocatoria] {
        if let every = lock.withLock({ every }) { return every }
        let all = ids().compactMap(convocatoria)
        lock.withLock { every = all }
        return all
    }
}
