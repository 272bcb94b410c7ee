/// Pixel operations of the re-encoding path, on borrowed buffers (they run on whole pages).
extension RasterImage {
    /// BT.601 luma, as JPEG's own conversion.
    public func gray() -> GrayImage {
        guard components == 3 else { return GrayImage(width: width, height: height, pixels: pixels) }
        let count = width * height
        let out = [UInt8](unsafeUninitializedCapacity: count) { buffer, n in
            pixels.withUnsafeBufferPointer { src in
                for i in 0..<count {
                    let r = UInt32(src[3 * i]), g = UInt32(src[3 * i + 1]), b = UInt32(src[3 * i + 2])
                    buffer[i] = UInt8(truncatingIfNeeded: (19_595 &* r &+ 38_470 &* g &+ 7_471 &* b &+ 32_768) >> 16)
                }
            }
            n = count
        }
        return GrayImage(width: width, height: height, pixels: out)
    }

    /// Share of the page, in 4 × 4 blocks (averaged, so scanner noise does not count), whose
    /// colour differs from grey by more than `PageRepairPolicy.colorfulChroma` levels once the
    /// paper is made neutral: 0 for a grey page on tinted paper, a few percent for a page with a
    /// coloured seal or logo, most of a photo ID.
    func colorfulShare() -> Double {
        guard components == 3, width >= 4, height >= 4 else { return 0 }
        let bw = width / 4, bh = height / 4
        var means = [UInt8](repeating: 0, count: bw * bh * 3)
        pixels.withUnsafeBufferPointer { src in
            for by in 0..<bh {
                for bx in 0..<bw {
                    var sum = (0, 0, 0)
                    for y in (by * 4)..<(by * 4 + 4) {
                        var i = (y * width + bx * 4) * 3
                        for _ in 0..<4 {
                            sum.0 += Int(src[i]); sum.1 += Int(src[i + 1]); sum.2 += Int(src[i + 2])
                            i += 3
                        }
                    }
                    let o = (by * bw + bx) * 3
                    means[o] = UInt8(sum.0 / 16); means[o + 1] = UInt8(sum.1 / 16); means[o + 2] = UInt8(sum.2 / 16)
                }
            }
        }
        // The paper's colour: the 90th percentile of each channel.
        var paper = [Double](repeating: 255, count: 3)
        for k in 0..<3 {
            var histogram = [Int](repeating: 0, count: 256)
            for i in stride(from: k, to: means.count, by: 3) { histogram[Int(means[i])] += 1 }
            paper[k] = Double(max(1, Histogram.percentile(histogram, 0.9)))
        }
        let gains = paper.map { 255 / $0 }
        var colorful = 0
        for i in stride(from: 0, to: means.count, by: 3) {
            let r = Double(means[i]) * gains[0], g = Double(means[i + 1]) * gains[1], b = Double(means[i + 2]) * gains[2]
            if max(r, g, b) - min(r, g, b) > PageRepairPolicy.colorfulChroma { colorful += 1 }
        }
        return Double(colorful) / Double(bw * bh)
    }

    /// Area-average (box) reduction to `newWidth` × `newHeight`, both no larger than the
    /// image: each output pixel is the mean of the source area it covers, fractions weighted.
    public func resampled(width newWidth: Int, height newHeight: Int) -> RasterImage {
        guard newWidth > 0, newHeight > 0, newWidth < width || newHeight < height,
              newWidth <= width, newHeight <= height else { return self }
        let c = components
        let horizontal = Self.weights(from: width, to: newWidth)
        let vertical = Self.weights(from: height, to: newHeight)
        // Horizontal pass into 16.16 fixed point rows, then vertical.
        var rows = [UInt32](repeating: 0, count: newWidth * c * height)
        pixels.withUnsafeBufferPointer { src in
            rows.withUnsafeMutableBufferPointer { dst in
                for y in 0..<height {
                    let line = src.baseAddress! + y * width * c, out = dst.baseAddress! + y * newWidth * c
                    for (x, taps) in horizontal.enumerated() {
                        for k in 0..<c {
                            var sum: UInt32 = 0
                            for tap in taps { sum &+= UInt32(line[tap.index * c + k]) &* tap.weight }
                            out[x * c + k] = sum
                        }
                    }
                }
            }
        }
        var out = [UInt8](repeating: 0, count: newWidth * newHeight * c)
        rows.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                let stride = newWidth * c
                for (y, taps) in vertical.enumerated() {
                    let target = dst.baseAddress! + y * stride
                    for i in 0..<stride {
                        var sum: UInt64 = 0
                        for tap in taps { sum &+= UInt64(src[tap.index * stride + i]) &* UInt64(tap.weight) }
                        target[i] = UInt8(clamping: (sum + (1 << 31)) >> 32)
                    }
                }
            }
        }
        return RasterImage(width: newWidth, height: newHeight, components: c, pixels: out)
    }

    /// For each output sample, the source samples it covers with 16-bit weights summing to 65536.
    private static func weights(from source: Int, to target: Int) -> [[(index: Int, weight: UInt32)]] {
        let scale = Double(source) / Double(target)
        return (0..<target).map { i in
            let start = Double(i) * scale, end = Double(i + 1) * scale
            var taps: [(index: Int, weight: UInt32)] = []
            var j = Int(start)
            while Double(j) < end, j < source {
                let covered = min(end, Double(j + 1)) - max(start, Double(j))
                if covered > 0 { taps.append((j, UInt32((covered / scale * 65_536).rounded()))) }
                j += 1
            }
            // Make the weights sum exactly to 65536 so a flat page stays flat.
            let total = taps.reduce(0) { $0 + Int($1.weight) }
            if let last = taps.indices.last { taps[last].weight = UInt32(max(0, Int(taps[last].weight) + 65_536 - total)) }
            return taps
        }
    }
}
