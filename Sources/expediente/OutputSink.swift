import ExpedienteKit
import Foundation

/// Where a command's report goes: standard output or the `--output` file. Each record is
/// written whole with `write(2)` (no user-space buffer), so an interrupted run leaves only
/// complete records behind, except at worst a last one that `--resume` drops.
final class OutputSink: Sendable {
    let descriptor: Int32
    private let owned: Bool

    static let standardOutput = OutputSink(descriptor: STDOUT_FILENO, owned: false)

    private init(descriptor: Int32, owned: Bool) {
        self.descriptor = descriptor
        self.owned = owned
    }

    /// Opens `path` for writing: truncated, or appended after `keepingBytes` bytes (a resumed run).
    static func file(_ path: String, keepingBytes: Int? = nil) throws -> OutputSink {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (keepingBytes == nil ? O_TRUNC : 0)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else {
            throw OutputError("No se pudo abrir «\(path)» para escribir: \(String(cString: strerror(errno))).")
        }
        if let keepingBytes {
            guard ftruncate(fd, off_t(keepingBytes)) == 0, lseek(fd, 0, SEEK_END) >= 0 else {
                close(fd)
                throw OutputError("No se pudo preparar «\(path)» para continuar: \(String(cString: strerror(errno))).")
            }
        }
        return OutputSink(descriptor: fd, owned: true)
    }

    /// Opens `path` for a new report. A regular file that already holds something is refused
    /// unless `force` (yesterday's results are not overwritten silently); an empty file, a new
    /// one, or a device such as /dev/stdout is written.
    static func fresh(_ path: String, force: Bool, option: String = "--output") throws -> OutputSink {
        try refuseExisting(path, force: force, option: option)
        return try file(path)
    }

    /// Throws when `fresh` would refuse `path`, so a command can check every file before it opens any.
    static func refuseExisting(_ path: String, force: Bool, option: String = "--output") throws {
        var info = stat()
        if !force, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 {
            throw OutputError("«\(path)» ya existe y no está vacío; \(option) no lo sobrescribe. Use --force para reemplazarlo"
                + (option == "--output" ? ", --resume para continuarlo (batch, jsonl o csv)" : "") + " u otro nombre.")
        }
    }

    deinit {
        if owned { close(descriptor) }
    }

    func write(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError("No se pudo escribir el informe: \(String(cString: strerror(errno))).")
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

struct OutputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Whether `path` (existing or to be created) lies inside `folder`, links resolved: what
/// expediente writes must never land in a folder it checks.
func isInside(_ path: String, folder: String) -> Bool {
    let url = URL(fileURLWithPath: path)
    guard let root = RawName.resolved(folder),
          let parent = RawName.resolved(FileManager.default.fileExists(atPath: path) ? path : url.deletingLastPathComponent().path)
    else { return false }
    return parent == root || parent.hasPrefix(root.hasSuffix("/") ? root : root + "/")
}
