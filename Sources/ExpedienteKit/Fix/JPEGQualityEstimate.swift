/// The IJG quality (1-100) whose scaled standard luminance table is nearest the file's first
/// quantisation table: what `jpeg_set_quality` would have been given. Nil without a DQT.
enum JPEGQualityEstimate {
    static func estimate(_ bytes: [UInt8]) -> Int? {
        guard let table = firstTable(bytes) else { return nil }
        var best = (quality: 0, error: Int.max)
        for quality in 1...100 {
            let scale = quality < 50 ? 5000 / quality : 200 - 2 * quality
            var error = 0
            for i in 0..<64 {
                let entry = min(255, max(1, (standardLuminance[i] * scale + 50) / 100))
                error += abs(entry - table[i])
            }
            if error < best.error { best = (quality, error) }
        }
        return best.quality
    }

    /// The first table of the first DQT, in the file's (zig-zag) order.
    private static func firstTable(_ bytes: [UInt8]) -> [Int]? {
        var i = 2
        while i + 4 <= bytes.count, bytes[i] == 0xFF {
            let marker = bytes[i + 1]
            if marker == 0xDA || marker == 0xD9 { return nil }
            let length = Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            guard length >= 2, i + 2 + length <= bytes.count else { return nil }
            if marker == 0xDB, length >= 67 {
                let info = bytes[i + 4]
                let sixteenBit = info >> 4 != 0
                let start = i + 5
                if sixteenBit {
                    guard length >= 131 else { return nil }
                    return (0..<64).map { Int(bytes[start + 2 * $0]) << 8 | Int(bytes[start + 2 * $0 + 1]) }
                }
                return (0..<64).map { Int(bytes[start + $0]) }
            }
            i += 2 + length
        }
        return nil
    }

    /// ITU T.81 Annex K table K.1, in zig-zag order (as DQT stores it).
    static let standardLuminance: [Int] = {
        let natural = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
                       14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
                       18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
                       49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
        let zigzag = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48,
                      41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15,
                      23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63]
        return zigzag.map { natural[$0] }
    }()
}
