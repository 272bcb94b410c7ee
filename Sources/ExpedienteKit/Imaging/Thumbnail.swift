/// A small grey JPEG of a scan for the HTML report: libjpeg decodes at 1/8 (the cheapest
/// scale), the page is reduced by box averaging to at most `maxWidth` × `maxHeight`, and
/// encoded again through the same C wrapper. Nil for what cannot be decoded at all.
public enum Thumbnail {
    public static let maxWidth = 120
    public static let maxHeight = 160
    public static let quality = 60

    public static func make(_ bytes: [UInt8], limits: DecodeLimits) -> [UInt8]? {
        guard let decoded = try? JPEGCodec.decodeGray(bytes, scaleDenominator: 8, limits: limits),
              decoded.image.width > 0, decoded.image.height > 0 else { return nil }
        let image = reduced(decoded.image)
        return try? JPEGCodec.encode(RasterImage(image), quality: quality, density: nil)
    }

    /// Box-averaged copy that fits the thumbnail box, keeping the aspect ratio.
    static func reduced(_ image: GrayImage) -> GrayImage {
        let factor = max(Double(image.width) / Double(maxWidth), Double(image.height) / Double(maxHeight), 1)
        guard factor > 1 else { return image }
        let width = max(1, Int((Double(image.width) / factor).rounded()))
        let height = max(1, Int((Double(image.height) / factor).rounded()))
        // Column bounds once; rows summed through raw buffers (this runs per page in debug builds too).
        let xBounds = (0..<width).map { x in (x * image.width / width, max(x * image.width / width + 1, (x + 1) * image.width / width)) }
        var pixels = [UInt8](repeating: 0, count: width * height)
        var sums = [Int](repeating: 0, count: width)
        image.pixels.withUnsafeBufferPointer { source in
            pixels.withUnsafeMutableBufferPointer { target in
                sums.withUnsafeMutableBufferPointer { sums in
                    for y in 0..<height {
                        let y0 = y * image.height / height, y1 = max(y0 + 1, (y + 1) * image.height / height)
                        for x in 0..<width { sums[x] = 0 }
                        for sy in y0..<y1 {
                            let row = sy * image.width
                            for x in 0..<width {
                                var sum = 0
                                for sx in xBounds[x].0..<xBounds[x].1 { sum += Int(source[row + sx]) }
                                sums[x] += sum
                            }
                        }
                        for x in 0..<width {
                            target[y * width + x] = UInt8(sums[x] / ((y1 - y0) * (xBounds[x].1 - xBounds[x].0)))
                        }
                    }
                }
            }
        }
        return GrayImage(width: width, height: height, pixels: pixels)
    }
}
