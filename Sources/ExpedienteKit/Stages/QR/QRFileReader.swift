import Foundation

/// Reads the QR codes of a JPEG file on disk (`expediente qr`).
public enum QRFileReader {
    public struct Result: Sendable, Equatable {
        public let file: String
        public let codes: [QRCode]
        /// Why the file could not be read, in Spanish; nil on success (even with no code found).
        public let error: String?
        /// The scanner pass that read the codes; nil when none was read.
        public var pass: QRScanPass? = nil
        /// Pixels per module of a symbol whose finder patterns show but which could not be read.
        public var candidateModuleSize: Double? = nil
    }

    public static func read(_ path: String, options: CheckOptions = .default) -> Result {
        if case .failure(let error) = DocumentRunner.admit(path: path, followLinks: true) {
            return Result(file: path, codes: [], error: error.reason)
        }
        let bytes: [UInt8]
        switch BoundedReader.read(URL(fileURLWithPath: path), limit: options.maxReadBytes) {
        case .success(let result) where result.cut:
            return Result(file: path, codes: [], error: "pesa más que el límite de lectura de seguridad (\(options.maxReadBytes >> 20) MiB); no se revisó")
        case .success(let result): bytes = result.bytes
        case .failure(let failure): return Result(file: path, codes: [], error: "no se pudo leer: \(failure.spanish)")
        }
        if let content = MagicDetector.detect(bytes), !content.isJPEG {
            return Result(file: path, codes: [], error: "no es una imagen JPEG: es \(content.spanishName) (\(content.mime))")
        }
        do {
            // One full-size decode: QRScanner tries 1/2 and full scale, then its fallbacks, from it.
            let decoded = try JPEGCodec.decodeGray(bytes, scaleDenominator: 1, limits: options.decodeLimits)
            let scan = QRScanner.read(decoded.image)
            return Result(file: path, codes: scan.codes, error: nil, pass: scan.pass, candidateModuleSize: scan.candidateModuleSize)
        } catch {
            return Result(file: path, codes: [], error: JPEGErrorText.spanish(error))
        }
    }
}
