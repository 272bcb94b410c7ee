import Foundation

/// The convocatorias of a rules folder, each loaded once on first use, for folders whose
/// applicant data names their call. Shared by the threads of a batch.
public final class ConvocatoriaLibrary: @unchecked Sendable {
    private let root: URL?
    private let lock = NSLock()
    private var loaded: [String: Convocatoria?] = [:]
    private var every: [Convocatoria]?

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

    /// Every convocatoria of the rules folder that loads, newest first.
    public func calls() -> [Convocatoria] {
        if let every = lock.withLock({ every }) { return every }
        let ids = (try? RuleSelection.catalog(root: root))?.map(\.id) ?? []
        let all = ids.compactMap(convocatoria)
        lock.withLock { every = all }
        return all
    }
}
