import Foundation

/// Reads a regular file without ever holding more than a set number of bytes.
enum BoundedReader {
    struct Result {
        var bytes: [UInt8]
        /// The file holds more than was read.
        var cut: Bool
    }

    static func read(_ url: URL, limit: Int) -> Swift.Result<Result, ReadFailure> {
        read(path: RawName.bytes(of: url), limit: limit)
    }

    /// Opens without following a link and without blocking on a FIFO, and reads
    /// only from a regular file.
    static func read(path: [UInt8], limit: Int) -> Swift.Result<Result, ReadFailure> {
        let fd = RawName.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC) }
        guard fd >= 0 else { return .failure(ReadFailure(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(ReadFailure(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(ReadFailure(errno: EINVAL)) }
        let wanted = min(Int(info.st_size), limit)
        var bytes = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let n = bytes.withUnsafeMutableBytes { raw in
                Foundation.read(fd, raw.baseAddress! + filled, wanted - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(errno: errno))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return .success(Result(bytes: bytes, cut: Int(info.st_size) > filled))
    }

    struct ReadFailure: Error {
        let errno: Int32

        var spanish: String {
            switch errno {
            case EACCES, EPERM: "no hay permiso para leerlo"
            case ELOOP: "es un enlace simbólico"
            case EISDIR: "es una carpeta"
            case EINVAL: "no es un archivo normal"
            default: String(cString: strerror(errno))
            }
        }
    }
}
