import ExpedienteKit
import Foundation

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

    /// Clears the line so a line of the report can be printed; the next advance draws it again.
    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        lastDrawn = .distantPast
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
