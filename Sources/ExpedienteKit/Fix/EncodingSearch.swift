/// The highest JPEG quality whose file fits the byte budget, with progressive coding and
/// optimised Huffman tables. Sizes are measured on real encodes: a quarter of the page (every
/// fourth band of 32 rows) is encoded (baseline: faster, and only its trend matters) at the
/// qualities the search asks about, and the page's size
/// at a quality is predicted as the sample's times a factor, which every whole-page encode
/// corrects (it starts at the ratio of rows). The search encodes the whole page at the highest
/// quality predicted to fit, until the highest fitting quality is known and the next one either
/// measured or predicted over the budget: usually two or three whole-page encodes.
enum EncodingSearch {
    struct Encoding {
        var bytes: [UInt8]
        var quality: Int
    }

    /// Rows per band of the sample, and one band in `sampleStride` is kept.
    static let bandRows = 32
    static let sampleStride = 4
    /// Whole-page encodes at most.
    static let maxFullEncodes = 6

    /// The best encoding within `maxBytes`, or nil when even the lowest quality is too big;
    /// `smallest` is the size of the smallest whole-page encoding made.
    static func fit(_ image: RasterImage, maxBytes: Int, dpi: Int, qualities: ClosedRange<Int> = PageRepairPolicy.qualities)
        -> (best: Encoding?, smallest: Int) {
        let density = PixelDensity(unit: .perInch, x: Double(dpi), y: Double(dpi))
        func encode(_ raster: RasterImage, _ quality: Int, progressive: Bool = true) -> [UInt8]? {
            try? JPEGCodec.encode(raster, quality: quality, density: density, progressive: progressive)
        }
        let sample = bands(of: image)
        var sampleSizes: [Int: Double] = [:]
        func sampleSize(_ q: Int) -> Double {
            if let known = sampleSizes[q] { return known }
            let size = Double(encode(sample, q, progressive: false)?.count ?? Int.max)
            sampleSizes[q] = size
            return size
        }
        var factor = Double(image.height) / Double(sample.height)
        func predictedFit(_ q: Int) -> Bool { sampleSize(q) * factor <= Double(maxBytes) }
        // The highest quality predicted to fit (binary search: predictions grow with quality).
        func prediction(below ceiling: Int) -> Int {
            var low = qualities.lowerBound, high = ceiling, best = qualities.lowerBound
            while low <= high {
                let middle = (low + high + 1) / 2
                if predictedFit(middle) { best = middle; low = middle + 1 } else { high = middle - 1 }
            }
            return best
        }

        var best: Encoding?
        var lowestOver = qualities.upperBound + 1
        var smallest = Int.max
        for _ in 0..<maxFullEncodes {
            let floor = (best?.quality ?? qualities.lowerBound - 1) + 1
            let ceiling = lowestOver - 1
            guard floor <= ceiling else { break }
            let q = min(max(prediction(below: ceiling), floor), ceiling)
            if best != nil, q == floor, !predictedFit(q) { break } // the next step up is predicted over
            guard let bytes = encode(image, q) else { break }
            smallest = min(smallest, bytes.count)
            factor = Double(bytes.count) / sampleSize(q)
            if bytes.count <= maxBytes { best = Encoding(bytes: bytes, quality: q) } else { lowestOver = q }
        }
        return (best, smallest)
    }

    /// Every `sampleStride`-th band of `bandRows` rows (the page itself when shorter than a few bands).
    static func bands(of image: RasterImage) -> RasterImage {
        let period = bandRows * sampleStride
        guard image.height >= 4 * period else { return image }
        let rowBytes = image.width * image.components
        var pixels: [UInt8] = []
        pixels.reserveCapacity(image.pixels.count / sampleStride + rowBytes * bandRows)
        var rows = 0
        for top in stride(from: 0, to: image.height, by: period) {
            let count = min(bandRows, image.height - top)
            pixels += image.pixels[(top * rowBytes)..<((top + count) * rowBytes)]
            rows += count
        }
        return RasterImage(width: image.width, height: rows, components: image.components, pixels: pixels)
    }
}
