import Foundation

/// One slot per iteration of `DispatchQueue.concurrentPerform`, filled from its threads: a
/// folder's documents, the pages of the samples. An NSLock (a pthread mutex) guards it because
/// ThreadSanitizer sees it; it cannot see Synchronization.Mutex parking contended waiters on a
/// futex, and reported a race that was none.
public final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value]

    public init(count: Int, initial: Value) {
        storage = Array(repeating: initial, count: count)
    }

    public subscript(index: Int) -> Value {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    public var values: [Value] { lock.withLock { storage } }
}
