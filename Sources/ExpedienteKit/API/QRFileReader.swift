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
        let url = URL(fileURLWithPath: path)
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            return Result(file: path, codes: [], error: "no existe o no se puede consultar")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return Result(file: path, codes: [], error: "no es un archivo normal")
        }
        let bytes: [UInt8]
        switch BoundedReader.read(url, limit: options.maxReadBytes) {
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
