import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM during a long run: the first asks the run to stop cleanly,
/// the second exits at once. Records are written whole, so either way every line already
/// written stays complete.
final class Interruption: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let count = NSLock()
    private var received = 0
    /// A queue of its own: a serial queue overcommits (libdispatch gives it a thread even when
    /// every thread of the global pool is busy), so no long work elsewhere delays the handler.
    private let queue = DispatchQueue(label: "expediente.interruption")

    init(onFirst: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [self, source] in
                // `data` counts the signals since the last call: two quick Ctrl-C may arrive as one event.
                count.lock()
                let before = received
                received += max(1, Int(source.data))
                let now = received
                count.unlock()
                if before == 0 { onFirst() }
                if now >= 2 { _exit(130) }
            }
            source.resume()
            sources.append(source)
        }
    }

    func restore() {
        sources.forEach { $0.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
