import Foundation

/// What a stored result depends on besides the file: the program that computed it, the rule
/// files of the convocatoria and the run's options. Any change gives another fingerprint, and
/// every stored result with the old one is computed again.
enum ResultFingerprint {
    static func compute(convocatoria: Convocatoria, options: CheckOptions) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("expediente-results/\(ResultStore.schemaVersion)\n".utf8))
        hasher.update(data: Data(programHash.utf8))
        hasher.update(data: Data("\n\(convocatoria.id)\n\(options)\n".utf8))
        let folder = URL(fileURLWithPath: convocatoria.folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names {
            hasher.update(data: Data("\(name)\n".utf8))
            hasher.update(data: (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data())
        }
        return hex(hasher.finalize())
    }

    /// What tells this build from any other, so a new build never reuses an old build's
    /// results: its ELF build ID where it has one (`ELFBuildID`), else the SHA-256 of the
    /// running executable.
    static let programHash: String = {
        if let id = ELFBuildID.read(path: "/proc/self/exe") { return "build-id:" + hex(id) }
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/exe") else { return "unknown-program" }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hex(hasher.finalize())
    }()

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }
}
