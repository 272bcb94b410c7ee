import CLibMagic
import Synchronization

/// libmagic content detection. A magic handle must not be used by two threads
/// at once, so each call borrows a handle of its own from a small pool.
public enum MagicDetector {
    private final class Handle: @unchecked Sendable {
        let cookie: magic_t

        init?() {
            guard let cookie = magic_open(MAGIC_NONE) else { return nil }
            guard magic_load(cookie, nil) == 0 else {
                magic_close(cookie)
                return nil
            }
            self.cookie = cookie
        }

        deinit { magic_close(cookie) }

        func query(_ bytes: UnsafeRawBufferPointer, flags: Int32) -> String? {
            magic_setflags(cookie, flags)
            guard let result = magic_buffer(cookie, bytes.baseAddress, bytes.count) else { return nil }
            return String(cString: result)
        }
    }

    private static let pool = Mutex<[Handle]>([])

    /// The type of `bytes`; nil only if libmagic itself could not be loaded.
    public static func detect(_ bytes: [UInt8]) -> ContentType? {
        guard let handle = pool.withLock({ $0.popLast() }) ?? Handle() else { return nil }
        defer { pool.withLock { $0.append(handle) } }
        // libmagic needs no more than its first few KiB to classify; cap the work on huge inputs.
        let window = min(bytes.count, 1 << 20)
        return bytes.withUnsafeBytes { raw in
            let slice = UnsafeRawBufferPointer(rebasing: raw[0..<window])
            guard let mime = handle.query(slice, flags: MAGIC_MIME_TYPE) else { return nil }
            let description = handle.query(slice, flags: MAGIC_NONE) ?? mime
            return ContentType(mime: mime, description: description)
        }
    }
}
