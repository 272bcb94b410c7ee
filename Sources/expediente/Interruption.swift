import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM during a long run: the first asks the run to stop cleanly,
/// the second exits at once. Records are written whole, so either way every line already
/// written stays complete.
final class Interruption: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let count = NSLock()
    private var received = 0

    init(onFirst: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in
                count.lock()
                received += 1
                let first = received == 1
                count.unlock()
                if first { onFirst() } else { _exit(130) }
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
