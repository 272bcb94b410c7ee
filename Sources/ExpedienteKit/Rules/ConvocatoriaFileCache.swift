import Foundation

/// The `convocatoria.yaml` files this process decoded, by path and stamp (`stat`, links
/// followed): listing the calls (`RulesCatalog.entries`) decodes every one, and loading the
/// chosen call's rules (`RulesLoader.load`) then needs its file again, which was a sixth of
/// the start-up.
/// A file whose stamp changed is decoded again, one changed in the last 2 seconds is not kept
/// (it may change again within the same timestamp tick, like git's "racy clean"), and errors
/// are not kept.
final class ConvocatoriaFileCache: @unchecked Sendable {
    static let shared = ConvocatoriaFileCache()

    static let racyWindow: TimeInterval = 2

    private let lock = NSLock()
    private var files: [String: (stamp: FileStamp, file: ConvocatoriaFile)] = [:]

    func file(at url: URL) throws(RuleFileError) -> ConvocatoriaFile {
        let stamp = Self.stamp(url.path)
        if let stamp, let kept = lock.withLock({ files[url.path] }), kept.stamp == stamp { return kept.file }
        let file = try RulesLoader.decode(ConvocatoriaFile.self, at: url)
        if let stamp, Date().timeIntervalSince(stamp.modified) > Self.racyWindow { lock.withLock { files[url.path] = (stamp, file) } }
        return file
    }

    private static func stamp(_ path: String) -> FileStamp? {
        var info = stat()
        return stat(path, &info) == 0 ? FileStamp(info) : nil
    }
}
