import Foundation

/// The private temporary folder of one request: `expediente-serve-PID-XXXXXX` (0700) under the
/// system's temporary directory, with the uploaded files in `expediente/` (0600 each). It is
/// removed when the answer is ready, on success and on error alike; nothing else is written.
/// A server killed outright (SIGKILL, a power cut) cannot remove its folders: the next server
/// started by the same user removes those whose process no longer exists (`sweepStale`).
final class UploadFolder: Sendable {
    static let prefix = "expediente-serve-"

    let root: URL
    /// The applicant's folder as uploaded.
    var folder: URL { root.appendingPathComponent("expediente", isDirectory: true) }

    init(in directory: String = NSTemporaryDirectory()) throws(ServeError) {
        let name = "\(Self.prefix)\(getpid())-XXXXXX"
        var template = Array((directory as NSString).appendingPathComponent(name).utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw ServeError(.internalServerError, code: "error_interno", "No se pudo crear la carpeta temporal privada.")
        }
        root = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        guard mkdir(folder.path, 0o700) == 0 else {
            remove()
            throw ServeError(.internalServerError, code: "error_interno", "No se pudo crear la carpeta temporal privada.")
        }
    }

    /// Writes each file under its sanitised name; a bad or repeated name refuses the request.
    func write(_ files: [MultipartForm.FilePart]) throws(ServeError) {
        var seen = Set<String>()
        for file in files {
            let name = try Self.sanitised(file.name)
            guard seen.insert(name).inserted else { throw .repeatedName(name) }
            try writeFile(folder.appendingPathComponent(name), bytes: file.bytes)
        }
    }

    func writeFile(_ url: URL, bytes: ArraySlice<UInt8>) throws(ServeError) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ServeError(.internalServerError, code: "error_interno", "No se pudo guardar un archivo en la carpeta temporal.") }
        defer { close(fd) }
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        guard ok else { throw ServeError(.internalServerError, code: "error_interno", "No se pudo guardar un archivo en la carpeta temporal.") }
    }

    /// A name as the browser sent it, accepted only as one plain file name: not empty, not `.`
    /// or `..`, no `/` or `\`, no `..`, no NUL or other control characters, at most 255 bytes.
    /// The browser gives only the last component of a chosen file's path, so a name that needs
    /// more is not a file of the folder. Unicode is kept exactly (the checker reports accents).
    static func sanitised(_ name: String) throws(ServeError) -> String {
        guard !name.isEmpty, name != ".", name.utf8.count <= 255, !name.contains(".."), !name.contains("/"), !name.contains("\\"),
              !name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" })
        else { throw .badName(name) }
        return name
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Removes the upload folders in `directory` left by servers that no longer run: named
    /// `expediente-serve-PID-…`, a real directory (not a link) owned by this user, whose PID is
    /// no process (`kill(PID, 0)` gives ESRCH). A PID taken again by another process keeps its
    /// folder until a later sweep. Returns how many were removed.
    @discardableResult
    static func sweepStale(in directory: String = NSTemporaryDirectory()) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0, pid != getpid() else { continue }
            guard kill(pid, 0) == -1, errno == ESRCH else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_uid == geteuid() else { continue }
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed += 1 }
        }
        return removed
    }
}
