import CLibMagic
import Foundation

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

    /// An NSLock (a pthread mutex), which ThreadSanitizer sees, guards the pool.
    private final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var handles: [Handle] = []

        func take() -> Handle? { lock.withLock { handles.popLast() } }
        func give(_ handle: Handle) { lock.withLock { handles.append(handle) } }
    }

    private static let pool = Pool()

    /// The type of `bytes`; nil only if libmagic itself could not be loaded.
    public static func detect(_ bytes: [UInt8]) -> ContentType? {
        guard let handle = pool.take() ?? Handle() else { return nil }
        defer { pool.give(handle) }
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
