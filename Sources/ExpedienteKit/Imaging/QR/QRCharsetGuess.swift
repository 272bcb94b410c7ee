/// The character set of byte-mode QR data without an ECI designator, guessed from the bytes
/// with the rules of ZXing's `StringUtils.guessCharset` (zxing/zxing, core/common), so that a
/// payload reads as it does in ZXing-based readers:
/// 1. a UTF-16 byte-order mark → UTF-16;
/// 2. valid UTF-8 with a BOM or at least one multi-byte character → UTF-8;
/// 3. valid Shift_JIS with a run of 3 half-width katakana or 3 double-byte characters → Shift_JIS;
/// 4. valid as both ISO-8859-1 and Shift_JIS: Shift_JIS when the text has exactly two katakana
///    and they are adjacent, or when at least 10% of the bytes are Latin-1 symbols (0xA0-0xBF,
///    ×, ÷), else ISO-8859-1;
/// 5. otherwise the first that is valid of ISO-8859-1, Shift_JIS, UTF-8.
/// Where ZXing falls back to the platform's charset (nothing valid) or, for no bytes at all,
/// to Shift_JIS, this gives ISO-8859-1, the standard's default.
public enum QRCharsetGuess {
    public static func guess(_ bytes: [UInt8]) -> QRCharset {
        guard !bytes.isEmpty else { return .latin1 }
        if bytes.count > 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            return .utf16
        }
        var utf8 = UTF8Scan(), latin1 = Latin1Scan(), sjis = ShiftJISScan()
        for value in bytes where utf8.possible || latin1.possible || sjis.possible {
            utf8.add(value)
            latin1.add(value)
            sjis.add(value)
        }
        let canBeUTF8 = utf8.possible && utf8.pending == 0
        let canBeSJIS = sjis.possible && sjis.pending == 0
        let bom = bytes.count > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        if canBeUTF8 && (bom || utf8.multiByteCharacters > 0) { return .utf8 }
        if canBeSJIS && (sjis.longestKatakanaRun >= 3 || sjis.longestDoubleByteRun >= 3) { return .shiftJIS }
        if latin1.possible && canBeSJIS {
            let twoKatakana = sjis.longestKatakanaRun == 2 && sjis.katakana == 2
            return twoKatakana || latin1.symbols * 10 >= bytes.count ? .shiftJIS : .latin1
        }
        if latin1.possible { return .latin1 }
        if canBeSJIS { return .shiftJIS }
        if canBeUTF8 { return .utf8 }
        return .latin1
    }

    /// ZXing's UTF-8 test: lead and continuation bits only (no check of overlong forms).
    private struct UTF8Scan {
        var possible = true
        var pending = 0
        var multiByteCharacters = 0

        mutating func add(_ value: UInt8) {
            guard possible else { return }
            if pending > 0 {
                if value & 0x80 == 0 { possible = false } else { pending -= 1 }
            } else if value & 0x80 != 0 {
                if value & 0x40 == 0 { possible = false; return }
                if value & 0x20 == 0 { pending = 1 }
                else if value & 0x10 == 0 { pending = 2 }
                else if value & 0x08 == 0 { pending = 3 }
                else { possible = false; return }
                multiByteCharacters += 1
            }
        }
    }

    /// ISO-8859-1 without the C1 controls; counts the symbols of 0xA0-0xBF, × and ÷.
    private struct Latin1Scan {
        var possible = true
        var symbols = 0

        mutating func add(_ value: UInt8) {
            guard possible else { return }
            if value > 0x7F && value < 0xA0 { possible = false }
            else if value > 0x9F && (value < 0xC0 || value == 0xD7 || value == 0xF7) { symbols += 1 }
        }
    }

    /// Shift_JIS lead and trail byte ranges, and the longest runs of katakana and double-byte characters.
    private struct ShiftJISScan {
        var possible = true
        var pending = 0
        var katakana = 0
        var katakanaRun = 0, longestKatakanaRun = 0
        var doubleByteRun = 0, longestDoubleByteRun = 0

        mutating func add(_ value: UInt8) {
            guard possible else { return }
            if pending > 0 {
                if value < 0x40 || value == 0x7F || value > 0xFC { possible = false } else { pending -= 1 }
            } else if value == 0x80 || value == 0xA0 || value > 0xEF {
                possible = false
            } else if value > 0xA0 && value < 0xE0 {
                katakana += 1
                doubleByteRun = 0
                katakanaRun += 1
                longestKatakanaRun = max(longestKatakanaRun, katakanaRun)
            } else if value > 0x7F {
                pending = 1
                katakanaRun = 0
                doubleByteRun += 1
                longestDoubleByteRun = max(longestDoubleByteRun, doubleByteRun)
            } else {
                katakanaRun = 0
                doubleByteRun = 0
            }
        }
    }
}
