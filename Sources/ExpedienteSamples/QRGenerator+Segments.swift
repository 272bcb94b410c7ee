import CQREncode
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One segment of a symbol built segment by segment, as libqrencode's `QRinput` takes them.
public enum QRInputSegment: Sendable, Equatable {
    /// An ECI designator (`QRinput_appendECIheader`): 3 ISO-8859-1, 20 Shift_JIS, 26 UTF-8.
    case eci(Int)
    /// 8-bit mode: the bytes as they are.
    case byte([UInt8])
    /// Kanji mode: Shift_JIS double-byte characters (0x8140-0x9FFC, 0xE040-0xEBBF).
    case kanji([UInt8])
    /// Numeric mode: ASCII digits.
    case numeric(String)
    /// Alphanumeric mode: 0-9, A-Z, space and `$%*+-./:`.
    case alphanumeric(String)
}

extension QRGenerator {
    /// A symbol holding `segments` in order, in the smallest version that fits (at least
    /// `minimumVersion` when it is 1-40).
    public static func modules(segments: [QRInputSegment], level: QRErrorCorrection = .medium,
                               minimumVersion: Int = 0) throws(QRGeneratorError) -> QRMatrix {
        guard let input = QRinput_new2(Int32(min(40, max(0, minimumVersion))), level.level) else {
            throw .encodingFailed(errno: errno)
        }
        defer { QRinput_free(input) }
        for segment in segments {
            let status: Int32
            switch segment {
            case .eci(let value): status = QRinput_appendECIheader(input, UInt32(clamping: value))
            case .byte(let bytes): status = append(input, QR_MODE_8, bytes)
            case .kanji(let bytes): status = append(input, QR_MODE_KANJI, bytes)
            case .numeric(let digits): status = append(input, QR_MODE_NUM, Array(digits.utf8))
            case .alphanumeric(let text): status = append(input, QR_MODE_AN, Array(text.utf8))
            }
            guard status == 0 else { throw .encodingFailed(errno: errno) }
        }
        guard let code = QRcode_encodeInput(input) else { throw .encodingFailed(errno: errno) }
        defer { QRcode_free(code) }
        return try matrix(code)
    }

    private static func append(_ input: OpaquePointer, _ mode: QRencodeMode, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { QRinput_append(input, mode, Int32(clamping: $0.count), $0.baseAddress) }
    }
}
