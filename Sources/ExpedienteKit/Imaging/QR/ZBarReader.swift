import CZBar
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One symbol as zbar returns it, in the coordinates of the image it scanned.
struct ZBarSymbol {
    var bytes: [UInt8]
    /// zbar's location polygon of a QR symbol: its four outer corners, top-left first, then
    /// counter-clockwise in the symbol's own frame (bottom-left, bottom-right, top-right).
    var corners: [(x: Double, y: Double)]
    /// The symbol's segments read from its module grid, whose bytes are `bytes`; nil when the
    /// grid could not be read (`QRSegmentReader`).
    var segments: [QRSegment]? = nil
}

/// zbar QR decoding with one image scanner per thread: zbar scanners are not thread-safe, and
/// creating one per pass would repeat its allocations on every page.
enum ZBarReader {
    /// Scans `image`; `density` is zbar's scan-line spacing in both directions (1: every line).
    static func scan(_ image: GrayImage, density: Int32 = 1) -> [ZBarSymbol] {
        guard image.width > 0, image.height > 0, image.width <= Int(UInt32.max), image.height <= Int(UInt32.max),
              case let (count, overflow) = image.width.multipliedReportingOverflow(by: image.height),
              !overflow, image.pixels.count == count, let scanner = threadScanner()
        else { return [] }
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_X_DENSITY, density)
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_Y_DENSITY, density)

        guard let zImage = zbar_image_create() else { return [] }
        defer { zbar_image_destroy(zImage) }
        let y800: UInt = 0x59 | 0x38 << 8 | 0x30 << 16 | 0x30 << 24 // fourcc "Y800"
        zbar_image_set_format(zImage, y800)
        zbar_image_set_size(zImage, UInt32(image.width), UInt32(image.height))

        return image.pixels.withUnsafeBytes { buffer -> [ZBarSymbol] in
            // No cleanup handler: the pixels are borrowed only for the duration of this closure.
            zbar_image_set_data(zImage, buffer.baseAddress, UInt(buffer.count), nil)
            defer { zbar_image_set_data(zImage, nil, 0, nil) }
            guard zbar_scan_image(scanner, zImage) > 0 else { return [] }
            var symbols: [ZBarSymbol] = []
            var symbol = zbar_image_first_symbol(zImage)
            while let current = symbol {
                if zbar_symbol_get_type(current) == ZBAR_QRCODE, let data = zbar_symbol_get_data(current) {
                    let length = Int(zbar_symbol_get_data_length(current))
                    let bytes = Array(UnsafeRawBufferPointer(start: data, count: length))
                    let corners = (0..<min(4, zbar_symbol_get_loc_size(current))).map { i in
                        (x: Double(zbar_symbol_get_loc_x(current, i)), y: Double(zbar_symbol_get_loc_y(current, i)))
                    }
                    symbols.append(ZBarSymbol(bytes: bytes, corners: corners,
                                              segments: QRSegmentReader.segments(in: image, corners: corners, bytes: bytes)))
                }
                symbol = zbar_symbol_next(current)
            }
            return symbols
        }
    }

    /// This thread's scanner, created and configured on first use, destroyed when the thread exits.
    private static func threadScanner() -> OpaquePointer? {
        if let existing = pthread_getspecific(scannerKey) { return OpaquePointer(existing) }
        guard let scanner = zbar_image_scanner_create() else { return nil }
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0)
        zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1)
        // Return the raw bytes instead of zbar's guessed-charset (e.g. Shift-JIS) conversion to UTF-8.
        zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1)
        pthread_setspecific(scannerKey, UnsafeRawPointer(scanner))
        return scanner
    }

    private static let scannerKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { zbar_image_scanner_destroy(OpaquePointer(pointer)) }
        }
        return key
    }()
}
