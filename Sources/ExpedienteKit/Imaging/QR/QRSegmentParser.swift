/// One data segment of a QR symbol, with the ECI designator in force where it is.
public struct QRSegment: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        case numeric, alphanumeric, byte, kanji
    }

    public var mode: Mode
    /// The segment's bytes as zbar returns them: ASCII for numeric and alphanumeric, the
    /// Shift_JIS pairs of kanji mode, the stored bytes of byte mode.
    public var bytes: [UInt8]
    /// The last ECI designator before the segment; nil when none came before it.
    public var eci: Int?

    public init(mode: Mode, bytes: [UInt8], eci: Int? = nil) {
        self.mode = mode
        self.bytes = bytes
        self.eci = eci
    }
}

/// Parses the data codewords of a symbol into segments (mode indicators, character counts,
/// ECI designators); nil on a mode the reader does not know or data that runs short.
enum QRSegmentParser {
    private static let alphanumeric = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)

    static func parse(_ data: [UInt8], version: Int) -> [QRSegment]? {
        var reader = BitReader(data)
        let sizeClass = version <= 9 ? 0 : version <= 26 ? 1 : 2
        var segments: [QRSegment] = []
        var eci: Int?
        while reader.remaining >= 4 {
            guard let mode = reader.read(4) else { return nil }
            switch mode {
            case 0b0000:
                return segments
            case 0b0111:
                guard let value = readECI(&reader) else { return nil }
                eci = value
            case 0b0011:
                // Structured append: symbol position, count and parity.
                guard reader.read(16) != nil else { return nil }
            case 0b0101:
                break // FNC1 in first position (GS1).
            case 0b1001:
                guard reader.read(8) != nil else { return nil } // FNC1 in second position: application indicator.
            case 0b0001:
                guard let count = reader.read([10, 12, 14][sizeClass]), let bytes = numeric(&reader, count: count) else { return nil }
                segments.append(QRSegment(mode: .numeric, bytes: bytes, eci: eci))
            case 0b0010:
                guard let count = reader.read([9, 11, 13][sizeClass]), let bytes = alphanumeric(&reader, count: count) else { return nil }
                segments.append(QRSegment(mode: .alphanumeric, bytes: bytes, eci: eci))
            case 0b0100:
                guard let count = reader.read([8, 16, 16][sizeClass]), let values = reader.read(count, of: 8) else { return nil }
                segments.append(QRSegment(mode: .byte, bytes: values.map { UInt8($0) }, eci: eci))
            case 0b1000:
                guard let count = reader.read([8, 10, 12][sizeClass]), let values = reader.read(count, of: 13) else { return nil }
                segments.append(QRSegment(mode: .kanji, bytes: values.flatMap(shiftJIS), eci: eci))
            default:
                return nil
            }
        }
        return segments
    }

    /// A 13-bit kanji-mode value back to its Shift_JIS pair (0x8140-0x9FFC or 0xE040-0xEBBF).
    private static func shiftJIS(_ value: Int) -> [UInt8] {
        let packed = (value / 0xC0) << 8 | (value % 0xC0)
        let code = packed < 0x1F00 ? packed + 0x8140 : packed + 0xC140
        return [UInt8(code >> 8), UInt8(code & 0xFF)]
    }

    /// An ECI designator: 1, 2 or 3 bytes whose leading bits (0, 10, 110) give the length.
    private static func readECI(_ reader: inout BitReader) -> Int? {
        guard let first = reader.read(8) else { return nil }
        if first & 0x80 == 0 { return first }
        if first & 0xC0 == 0x80 { return reader.read(8).map { (first & 0x3F) << 8 | $0 } }
        if first & 0xE0 == 0xC0 { return reader.read(16).map { (first & 0x1F) << 16 | $0 } }
        return nil
    }

    private static func numeric(_ reader: inout BitReader, count: Int) -> [UInt8]? {
        var digits: [UInt8] = []
        var left = count
        while left > 0 {
            let group = min(3, left)
            guard let value = reader.read([4, 7, 10][group - 1]), value < [10, 100, 1000][group - 1] else { return nil }
            let text = String(value)
            digits += [UInt8](repeating: 0x30, count: group - text.utf8.count) + Array(text.utf8)
            left -= group
        }
        return digits
    }

    private static func alphanumeric(_ reader: inout BitReader, count: Int) -> [UInt8]? {
        var characters: [UInt8] = []
        var left = count
        while left >= 2 {
            guard let value = reader.read(11), value < 45 * 45 else { return nil }
            characters += [alphanumeric[value / 45], alphanumeric[value % 45]]
            left -= 2
        }
        if left == 1 {
            guard let value = reader.read(6), value < 45 else { return nil }
            characters.append(alphanumeric[value])
        }
        return characters
    }

    /// Most significant bit first.
    private struct BitReader {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var remaining: Int { bytes.count * 8 - position }

        mutating func read(_ count: Int) -> Int? {
            guard count <= remaining else { return nil }
            var value = 0
            for _ in 0..<count {
                value = value << 1 | Int(bytes[position >> 3] >> (7 - UInt8(position & 7)) & 1)
                position += 1
            }
            return value
        }

        /// `count` values of `bits` bits each.
        mutating func read(_ count: Int, of bits: Int) -> [Int]? {
            guard count * bits <= remaining else { return nil }
            return (0..<count).compactMap { _ in read(bits) }
        }
    }
}
