#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A character set a QR payload may be in: the ones an ECI designator can name (AIM ECI
/// assignments, as ZXing's `CharacterSetECI` lists them) and the ones the guesser picks.
public struct QRCharset: Sendable, Equatable, Hashable {
    /// The name reports give (`"UTF-8"`, `"ISO-8859-1"`, `"Shift_JIS"`, ...).
    public let name: String
    /// The name iconv knows it by.
    let iconvName: String

    public static let utf8 = QRCharset(name: "UTF-8", iconvName: "UTF-8")
    public static let latin1 = QRCharset(name: "ISO-8859-1", iconvName: "ISO-8859-1")
    /// Decoded as Windows-31J (CP932), which like Java's Shift_JIS keeps 0x5C and 0x7E as `\` and `~`.
    public static let shiftJIS = QRCharset(name: "Shift_JIS", iconvName: "CP932")
    /// UTF-16 with a byte-order mark (the guesser's first rule).
    public static let utf16 = QRCharset(name: "UTF-16", iconvName: "UTF-16")

    /// The character set of ECI designator `eci`, or nil when it names none that is known.
    public static func forECI(_ eci: Int) -> QRCharset? {
        switch eci {
        case 0, 2: QRCharset(name: "IBM437", iconvName: "CP437")
        case 1, 3: .latin1
        case 4...13, 15...18:
            // ECI 4 is ISO-8859-2 ... ECI 13 is ISO-8859-11; 14 is unassigned, so 15 is ISO-8859-13.
            QRCharset(name: "ISO-8859-\(eci - 2)", iconvName: "ISO-8859-\(eci - 2)")
        case 20: .shiftJIS
        case 21...23: QRCharset(name: "windows-\(1250 + eci - 21)", iconvName: "CP\(1250 + eci - 21)")
        case 24: QRCharset(name: "windows-1256", iconvName: "CP1256")
        case 25: QRCharset(name: "UTF-16BE", iconvName: "UTF-16BE")
        case 26: .utf8
        case 27, 170: QRCharset(name: "US-ASCII", iconvName: "ASCII")
        case 28: QRCharset(name: "Big5", iconvName: "BIG5")
        case 29: QRCharset(name: "GB18030", iconvName: "GB18030")
        case 30: QRCharset(name: "EUC-KR", iconvName: "EUC-KR")
        default: nil
        }
    }

    /// `bytes` as text in this character set; nil when they are not valid in it.
    public func decode(_ bytes: [UInt8]) -> String? {
        if self == .utf8 { return String(validating: bytes, as: UTF8.self) }
        // Every byte is an ISO-8859-1 code point, so this never fails.
        if self == .latin1 { return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })) }
        if bytes.isEmpty { return "" }
        return Self.iconvToUTF8(bytes, from: iconvName)
    }

    /// One strict iconv conversion to UTF-8 (no transliteration, no skipped bytes).
    private static func iconvToUTF8(_ bytes: [UInt8], from source: String) -> String? {
        let descriptor = iconv_open("UTF-8", source)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0,
                      iconv(descriptor, nil, nil, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[0..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
