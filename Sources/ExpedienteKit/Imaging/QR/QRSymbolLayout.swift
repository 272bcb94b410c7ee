/// The fixed layout of a QR symbol of one version (ISO/IEC 18004): which modules are function
/// patterns, how many codewords it holds and how they split into error-correction blocks.
struct QRSymbolLayout {
    enum Level: Int, CaseIterable {
        // Raw values are the two error-correction bits of the format information.
        case medium = 0, low = 1, high = 2, quartile = 3

        /// Row of the tables below (L, M, Q, H).
        var tableRow: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .quartile: 2
            case .high: 3
            }
        }
    }

    let version: Int
    let size: Int
    /// Row-major: true where a module belongs to a function pattern (or format/version information).
    let isFunction: [Bool]

    init?(version: Int) {
        guard (1...40).contains(version) else { return nil }
        self.version = version
        size = 17 + 4 * version
        let size = size
        var function = [Bool](repeating: false, count: size * size)
        func mark(_ x0: Int, _ y0: Int, _ width: Int, _ height: Int) {
            for y in max(0, y0)..<min(size, y0 + height) {
                for x in max(0, x0)..<min(size, x0 + width) { function[y * size + x] = true }
            }
        }
        // Finder patterns with separators and format information; the dark module is inside the last.
        mark(0, 0, 9, 9)
        mark(size - 8, 0, 8, 9)
        mark(0, size - 8, 9, 8)
        // Timing patterns.
        mark(0, 6, size, 1)
        mark(6, 0, 1, size)
        for (cx, cy) in Self.alignmentPatterns(version: version) { mark(cx - 2, cy - 2, 5, 5) }
        if version >= 7 {
            mark(size - 11, 0, 3, 6)
            mark(0, size - 11, 6, 3)
        }
        isFunction = function
    }

    /// Centres (x, y) of the alignment patterns: every pair of the axis centres but the three
    /// that fall on a finder.
    static func alignmentPatterns(version: Int) -> [(x: Int, y: Int)] {
        let centres = alignmentCentres(version: version), last = 10 + 4 * version
        return centres.flatMap { cy in centres.map { cx in (cx, cy) } }.filter { cx, cy in
            !((cx == 6 && cy == 6) || (cx == 6 && cy == last) || (cx == last && cy == 6))
        }
    }

    /// Centres of the alignment patterns along each axis.
    static func alignmentCentres(version: Int) -> [Int] {
        guard version >= 2 else { return [] }
        let count = version / 7 + 2
        let last = 10 + 4 * version
        let step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        return [6] + (0..<(count - 1)).map { last - $0 * step }.reversed()
    }

    /// Codewords (data and error correction) the symbol holds.
    var rawCodewords: Int {
        var modules = (16 * version + 128) * version + 64
        if version >= 2 {
            let count = version / 7 + 2
            modules -= (25 * count - 10) * count - 55
            if version >= 7 { modules -= 36 }
        }
        return modules / 8
    }

    func blockCount(_ level: Level) -> Int { Self.blocks[level.tableRow][version - 1] }
    func ecCodewordsPerBlock(_ level: Level) -> Int { Self.ecPerBlock[level.tableRow][version - 1] }

    /// Error-correction codewords per block, by level (L, M, Q, H) and version.
    private static let ecPerBlock: [[Int]] = [
        [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
         28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
         26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
         28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
         30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]

    /// Error-correction blocks, by level (L, M, Q, H) and version.
    private static let blocks: [[Int]] = [
        [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
         8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
         17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
         23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
         25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]
}
