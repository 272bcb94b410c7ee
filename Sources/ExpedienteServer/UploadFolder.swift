import Foundation

/// The private temporary folder of one request: `expediente-serve-XXXXXX` (0700) under the
/// system's temporary directory, with the uploaded files in `expediente/` (0600 each). It is
/// removed when the answer is ready, on success and on error alike; nothing else is written.
final class UploadFolder: Sendable {
    let root: URL
    /// The applicant's folder as uploaded.
    var folder: URL { root.appendingPathComponent("expediente", isDirectory: true) }

    init() throws(ServeError) {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("expediente-serve-XXXXXX").utf8CString)
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
}
