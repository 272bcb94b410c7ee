/// The highest JPEG quality whose file fits the byte budget: a binary search over
/// `PageRepairPolicy.qualities` with progressive coding and optimised Huffman tables, each
/// step a real encode (sizes are measured, never predicted), at most 7 encodes.
enum EncodingSearch {
    struct Encoding {
        var bytes: [UInt8]
        var quality: Int
    }

    /// The best encoding within `maxBytes`, or nil when even the lowest quality is too big
    /// (`smallest` then holds that encoding's size).
    static func fit(_ image: RasterImage, maxBytes: Int, dpi: Int, qualities: ClosedRange<Int> = PageRepairPolicy.qualities)
        -> (best: Encoding?, smallest: Int) {
        let density = PixelDensity(unit: .perInch, x: Double(dpi), y: Double(dpi))
        func encode(_ quality: Int) -> [UInt8]? {
            try? JPEGCodec.encode(image, quality: quality, density: density, progressive: true)
        }
        guard let top = encode(qualities.upperBound) else { return (nil, Int.max) }
        if top.count <= maxBytes { return (Encoding(bytes: top, quality: qualities.upperBound), top.count) }
        var low = qualities.lowerBound, high = qualities.upperBound - 1
        var best: Encoding?
        var smallest = top.count
        while low <= high {
            let middle = (low + high + 1) / 2
            guard let bytes = encode(middle) else { return (nil, smallest) }
            smallest = min(smallest, bytes.count)
            if bytes.count <= maxBytes {
                best = Encoding(bytes: bytes, quality: middle)
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return (best, smallest)
    }
}
