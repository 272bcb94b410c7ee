import Foundation

/// Reads the QR codes of a JPEG file on disk (`expediente qr`).
public enum QRFileReader {
    public struct Result: Sendable, Equatable {
        public let file: String
        public let codes: [QRCode]
        /// Why the file could not be read, in Spanish; nil on success (even with no code found).
        public let error: String?
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
        var lastError: JPEGError?
        for scale in [2, 1] {
            do {
                let decoded = try JPEGCodec.decodeGray(bytes, scaleDenominator: scale, limits: options.decodeLimits)
                let codes = QRScanner.scan(decoded.image)
                if !codes.isEmpty { return Result(file: path, codes: codes, error: nil) }
            } catch {
                lastError = error
            }
        }
        return Result(file: path, codes: [], error: lastError.map(JPEGErrorText.spanish))
    }
}
