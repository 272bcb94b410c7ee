// libFuzzer harness for the pure-Swift parsers that see untrusted bytes:
// JPEGLayout.parse, ExifResolution.density(in:), QRFinderDetector, and the
// Swift wrapper JPEGCodec over the C shim. Compiled by scripts/fuzz with
//   swiftc -sanitize=fuzzer,address -parse-as-library
// directly over the Imaging sources that need no zbar/qrencode module.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    FuzzSwift.run(bytes)
    return 0
}

enum FuzzSwift {
    static let limits = DecodeLimits(maxPixels: 2 * 1024 * 1024, maxScans: 1000, maxMemory: 512 * 1024 * 1024)

    static func run(_ bytes: [UInt8]) {
        // Marker walk and the Exif it finds.
        let layout = JPEGLayout.parse(bytes)
        if let exif = layout.exif { _ = ExifResolution.density(in: exif) }
        if let end = layout.endOfImageOffset, end > bytes.count || end + layout.trailingByteCount != bytes.count {
            fatalError("inconsistent endOfImageOffset")
        }
        // The bytes as TIFF data too (with and without the Exif prefix).
        _ = ExifResolution.density(in: bytes)
        _ = ExifResolution.density(in: JPEGLayout.exifPrefix + bytes)

        // The bytes as a small gray image: first byte picks the width.
        if let first = bytes.first {
            let width = 21 + Int(first) % 100
            let height = (bytes.count - 1) / width
            if height >= 1 {
                let image = GrayImage(width: width, height: height, pixels: Array(bytes[1..<(1 + width * height)]))
                _ = QRFinderDetector.candidates(in: image, minConfirmations: 1)
                _ = QRFinderDetector.looksLikeQR(image)
            }
        }
        // Arbitrary finder patterns (any Double, NaN and infinities included) for the triangle test.
        var patterns: [FinderPattern] = []
        var i = 0
        while i + 24 <= bytes.count, patterns.count < 8 {
            func double(_ at: Int) -> Double {
                var bits: UInt64 = 0
                for k in 0..<8 { bits = bits << 8 | UInt64(bytes[at + k]) }
                return Double(bitPattern: bits)
            }
            patterns.append(FinderPattern(x: double(i), y: double(i + 8), moduleSize: double(i + 16)))
            i += 24
        }
        _ = QRFinderDetector.triangle(among: patterns)

        // The Swift wrapper over the C shim, as the pipeline uses it.
        if layout.startsWithSOI {
            _ = try? JPEGCodec.readHeader(bytes, limits: limits)
            if let decoded = try? JPEGCodec.decodeGray(bytes, scaleDenominator: 8, limits: limits) {
                let image = decoded.image
                if image.pixels.count != image.width * image.height { fatalError("pixel count mismatch") }
                _ = QRFinderDetector.looksLikeQR(image)
            }
        }
    }
}
