import Dispatch
import ExpedienteKit
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

/// The progress line of a batch on standard error, redrawn at most ten times a second.
final class ProgressReporter {
    private let total: Int
    private var folders = 0
    private var files = 0
    private let start = Date()
    private var lastDrawn = Date.distantPast

    init(total: Int) {
        self.total = total
    }

    func advance(folders: Int, files: Int) {
        self.folders += folders
        self.files += files
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 || self.folders >= total else { return }
        lastDrawn = now
        let line = ProgressLine.render(foldersDone: self.folders, foldersTotal: total, filesDone: self.files,
                                       elapsed: now.timeIntervalSince(start), width: Self.terminalWidth())
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
