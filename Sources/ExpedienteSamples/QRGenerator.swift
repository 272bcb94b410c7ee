import CQREncode
import ExpedienteKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum QRErrorCorrection: Sendable {
    case low, medium, quartile, high

    var level: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }
}

public enum QRGeneratorError: Error, Equatable, Sendable {
    /// libqrencode refused the payload (empty, or too long for version 40); carries errno.
    case encodingFailed(errno: Int32)
}

/// Square module matrix of a QR symbol (without quiet zone).
public struct QRMatrix: Sendable, Equatable {
    public let size: Int
    let dark: [Bool]

    public func isDark(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size && y < size && dark[y * size + x]
    }

    /// Black modules on white, each `moduleSize` pixels, with the mandatory 4-module quiet zone.
    public func render(moduleSize: Int) -> GrayImage {
        let scale = max(1, moduleSize)
        let side = (size + 8) * scale
        var image = GrayImage(width: side, height: side, fill: 255)
        for my in 0..<size {
            for mx in 0..<size where dark[my * size + mx] {
                for py in 0..<scale {
                    let row = ((my + 4) * scale + py) * side + (mx + 4) * scale
                    for px in 0..<scale { image.pixels[row + px] = 0 }
                }
            }
        }
        return image
    }
}

public enum QRGenerator {
    /// Encodes `bytes` in 8-bit mode (no charset conversion, no ECI), so UTF-8 and Latin-1
    /// payloads come back byte for byte. `minimumVersion` 0 picks the smallest version that fits;
    /// 1-40 forces at least that one (a larger one when the payload needs it).
    public static func modules(for bytes: [UInt8], level: QRErrorCorrection = .medium,
                               minimumVersion: Int = 0) throws(QRGeneratorError) -> QRMatrix {
        let version = Int32(min(40, max(0, minimumVersion)))
        let (code, error) = bytes.withUnsafeBufferPointer {
            (QRcode_encodeData(Int32(clamping: $0.count), $0.baseAddress, version, level.level), errno)
        }
        guard let code else { throw .encodingFailed(errno: error) }
        defer { QRcode_free(code) }
        return try matrix(code)
    }

    /// The module matrix of a symbol libqrencode made.
    static func matrix(_ code: UnsafeMutablePointer<QRcode>) throws(QRGeneratorError) -> QRMatrix {
        guard let data = code.pointee.data else { throw .encodingFailed(errno: 0) }
        let size = Int(code.pointee.width)
        // Bit 0 of each libqrencode byte is the module colour (1 = dark).
        let dark = UnsafeBufferPointer(start: data, count: size * size).map { $0 & 1 == 1 }
        return QRMatrix(size: size, dark: dark)
    }
}
