/// The data codewords of a sampled module grid: format information (BCH-decoded from either
/// copy), unmasking, the zigzag codeword order, de-interleaving and Reed-Solomon correction.
enum QRCodewordReader {
    struct Result: Equatable {
        let version: Int
        let data: [UInt8]
    }

    /// `dark`: row-major, `size` × `size` modules (size = 17 + 4 × version); nil when the format
    /// information is unreadable or a block has too many errors.
    static func read(dark: [Bool], size: Int) -> Result? {
        guard (size - 17) % 4 == 0, dark.count == size * size,
              let layout = QRSymbolLayout(version: (size - 17) / 4),
              let (level, mask) = format(dark: dark, size: size) else { return nil }
        var bits: [Bool] = []
        bits.reserveCapacity(layout.rawCodewords * 8)
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !layout.isFunction[y * size + x] {
                    bits.append(dark[y * size + x] != masked(mask, x: x, y: y))
                }
            }
            right -= 2
        }
        guard bits.count >= layout.rawCodewords * 8 else { return nil }
        let raw = (0..<layout.rawCodewords).map { i in
            (0..<8).reduce(UInt8(0)) { $0 << 1 | (bits[i * 8 + $1] ? 1 : 0) }
        }
        guard let data = deinterleave(raw, layout: layout, level: level) else { return nil }
        return Result(version: layout.version, data: data)
    }

    /// Error-correction level and mask of the nearest valid format word (at most 3 bits off).
    static func format(dark: [Bool], size: Int) -> (QRSymbolLayout.Level, Int)? {
        func bit(_ x: Int, _ y: Int) -> Int { dark[y * size + x] ? 1 : 0 }
        // Bit i of the 15-bit word, in both copies (bit 0 is the least significant).
        var first = 0, second = 0
        for i in 0...5 { first |= bit(8, i) << i }
        first |= bit(8, 7) << 6 | bit(8, 8) << 7 | bit(7, 8) << 8
        for i in 9..<15 { first |= bit(14 - i, 8) << i }
        for i in 0..<8 { second |= bit(size - 1 - i, 8) << i }
        for i in 8..<15 { second |= bit(8, size - 15 + i) << i }
        var best: (distance: Int, info: Int)?
        for info in 0..<32 {
            let word = formatWord(info)
            let distance = min((word ^ first).nonzeroBitCount, (word ^ second).nonzeroBitCount)
            if distance < (best?.distance ?? Int.max) { best = (distance, info) }
        }
        guard let best, best.distance <= 3, let level = QRSymbolLayout.Level(rawValue: best.info >> 3) else { return nil }
        return (level, best.info & 7)
    }

    /// The masked BCH(15,5) word of 5 format bits.
    static func formatWord(_ info: Int) -> Int {
        var remainder = info
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (info << 10 | remainder) ^ 0x5412
    }

    /// Whether mask pattern `mask` flips the module at column `x`, row `y`.
    static func masked(_ mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    /// Splits the interleaved codewords into blocks, corrects each and joins their data parts.
    private static func deinterleave(_ raw: [UInt8], layout: QRSymbolLayout, level: QRSymbolLayout.Level) -> [UInt8]? {
        let count = layout.blockCount(level), ec = layout.ecCodewordsPerBlock(level)
        let shortCount = count - raw.count % count, shortLength = raw.count / count
        let shortData = shortLength - ec
        guard shortData > 0 else { return nil }
        // Short blocks have no codeword at data index `shortData`; long blocks have one more.
        var blocks = (0..<count).map { [UInt8](repeating: 0, count: shortLength + ($0 >= shortCount ? 1 : 0)) }
        var k = 0
        for i in 0...shortLength {
            for j in 0..<count {
                if i == shortData && j < shortCount { continue }
                let index = j < shortCount && i > shortData ? i - 1 : i
                guard index < blocks[j].count, k < raw.count else { continue }
                blocks[j][index] = raw[k]
                k += 1
            }
        }
        var data: [UInt8] = []
        for j in 0..<count {
            guard QRReedSolomon.correct(&blocks[j], ecCount: ec) else { return nil }
            data += blocks[j][0..<(blocks[j].count - ec)]
        }
        return data
    }
}
