/// The one-line progress of a batch run, as shown on a terminal:
///
///     [██████······] 412/1 000 carpetas · 4 944 archivos · 23.5 carpetas/s · faltan 25 s
///
/// Pure: the caller measures time and the terminal's width.
public struct ProgressLine: Sendable {
    /// The line, never wider than `width` columns (every character it uses is
    /// one column wide). When narrow it drops, in this order, the bar, the
    /// files, the rate, the remaining time and the word "carpetas".
    /// Rate and remaining time appear once `elapsed` (seconds) is at least 1
    /// and a folder is done; until then "calculando…". Negative counts are
    /// taken as 0; `foldersDone` over `foldersTotal` shows as complete.
    public static func render(foldersDone: Int, foldersTotal: Int, filesDone: Int, elapsed: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let done = max(0, foldersDone)
        let total = max(0, foldersTotal)
        let files = max(0, filesDone)

        let counts = "\(grouped(done))/\(grouped(total))"
        let folders = counts + " carpetas"
        let filesPart = "\(grouped(files)) archivos"
        var speed: String?
        let timing: String
        if elapsed.isFinite, elapsed >= 1, done > 0 {
            let rate = Double(done) / elapsed
            speed = Self.rate(rate)
            timing = "faltan " + duration(Double(total > done ? total - done : 0) / rate)
        } else {
            timing = "calculando…"
        }

        let full = [folders, filesPart, speed, timing].compactMap { $0 }
        let candidates: [[String]] = [
            full,
            [folders, speed, timing].compactMap { $0 },
            [folders, timing],
            [folders],
            [counts],
        ]
        let texts = candidates.map { $0.joined(separator: " · ") }

        // The bar goes in front of the full text when at least `minBar` cells fit.
        let minBar = 8, maxBar = 30
        let room = width - texts[0].count - 3
        if room >= minBar {
            let cells = min(maxBar, room)
            let filled: Int
            if total == 0 || done >= total {
                filled = cells
            } else {
                filled = min(cells - 1, Int(Double(cells) * Double(done) / Double(total)))
            }
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: cells - filled)
            return "[\(bar)] " + texts[0]
        }
        if let fitting = texts.first(where: { $0.count <= width }) { return fitting }
        return String(counts.prefix(width - 1)) + "…"
    }

    /// Thousands separated by a space, as in "4 944".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(" ") }
            out.append(digit)
        }
        return out
    }

    /// "23.5 carpetas/s"; below one a second, per minute ("2.4 carpetas/min").
    static func rate(_ perSecond: Double) -> String {
        let (value, unit) = perSecond >= 1 ? (perSecond, "s") : (perSecond * 60, "min")
        if value >= 100 {
            return "\(grouped(Int(min(value, 1e15).rounded()))) carpetas/\(unit)"
        }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) carpetas/\(unit)"
    }

    /// "25 s", "3 min 05 s", "1 h 02 min"; "más de 99 h" beyond.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds < 100 * 3600 else { return "más de 99 h" }
        let total = Int(max(0, seconds).rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min \(twoDigits(total % 60)) s" }
        return "\(total / 3600) h \(twoDigits(total % 3600 / 60)) min"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
