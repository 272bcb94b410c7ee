/// Samples the module grid of a symbol zbar has read: a homography from the n × n module square
/// to zbar's four outer corners, the grey level at each module centre (bilinear), and a
/// threshold, global or local, that splits dark from light.
enum QRGridSampler {
    enum Threshold: CaseIterable {
        /// One level for the whole symbol (iterated midpoint of the dark and light means).
        case global
        /// The mean of the module centres within 4 modules, for uneven light.
        case local
    }

    /// Grey levels at the centres of the `n` × `n` modules (row-major), or nil when a corner
    /// maps outside `image`. `corners`: top-left, bottom-left, bottom-right, top-right.
    static func centres(_ image: GrayImage, corners: [(x: Double, y: Double)], n: Int,
                        shift: (Double, Double) = (0, 0)) -> [Double]? {
        guard corners.count == 4, n >= 21, image.hasValidShape,
              let h = Homography(from: [(0, 0), (0, Double(n)), (Double(n), Double(n)), (Double(n), 0)],
                                 to: corners.map { ($0.x + shift.0, $0.y + shift.1) })
        else { return nil }
        let w = image.width, height = image.height
        var values = [Double](repeating: 0, count: n * n)
        let ok = image.pixels.withUnsafeBufferPointer { p -> Bool in
            for row in 0..<n {
                for column in 0..<n {
                    guard let (px, py) = h.map(Double(column) + 0.5, Double(row) + 0.5) else { return false }
                    // Pixel centres at +0.5.
                    let x = min(max(px - 0.5, 0), Double(w - 1)), y = min(max(py - 0.5, 0), Double(height - 1))
                    guard x.isFinite, y.isFinite else { return false }
                    let ix = min(Int(x), max(0, w - 2)), iy = min(Int(y), max(0, height - 2))
                    let tx = min(1, x - Double(ix)), ty = min(1, y - Double(iy))
                    let ix1 = min(ix + 1, w - 1), iy1 = min(iy + 1, height - 1)
                    let top = Double(p[iy * w + ix]) * (1 - tx) + Double(p[iy * w + ix1]) * tx
                    let bottom = Double(p[iy1 * w + ix]) * (1 - tx) + Double(p[iy1 * w + ix1]) * tx
                    values[row * n + column] = top * (1 - ty) + bottom * ty
                }
            }
            return true
        }
        return ok ? values : nil
    }

    /// Grey levels of the `n` × `n` modules (row-major, dark low even when `inverted`) for a
    /// symbol whose module centres do not follow a homography: each level is the mean of nine
    /// points over the module's central half (against weave texture and noise), `point` maps
    /// module coordinates (u along a row, v down a column) to page pixels. nil when a point
    /// falls off the image.
    static func meanLevels(_ image: GrayImage, n: Int, inverted: Bool,
                           point: (Double, Double) -> (Double, Double)) -> [Double]? {
        guard n >= 21, image.hasValidShape, image.width > 2, image.height > 2 else { return nil }
        let w = image.width, h = image.height
        let offsets = [-0.25, 0, 0.25]
        var values = [Double](repeating: 0, count: n * n)
        let inside = image.pixels.withUnsafeBufferPointer { p -> Bool in
            for row in 0..<n {
                for column in 0..<n {
                    var sum = 0
                    for dv in offsets {
                        for du in offsets {
                            let (x, y) = point(Double(column) + 0.5 + du, Double(row) + 0.5 + dv)
                            guard x >= 0.5, y >= 0.5, x < Double(w) - 0.5, y < Double(h) - 0.5 else { return false }
                            sum += Int(GrayImage.bilinear(p, width: w, x: x - 0.5, y: y - 0.5))
                        }
                    }
                    let mean = Double(sum) / 9
                    values[row * n + column] = inverted ? 255 - mean : mean
                }
            }
            return true
        }
        return inside ? values : nil
    }

    /// Dark modules of the sampled grid.
    static func binarize(_ values: [Double], n: Int, threshold: Threshold) -> [Bool] {
        switch threshold {
        case .global:
            let level = isodata(values)
            return values.map { $0 < level }
        case .local:
            // Summed-area table over the module grid.
            var sums = [Double](repeating: 0, count: (n + 1) * (n + 1))
            for row in 0..<n {
                var line = 0.0
                for column in 0..<n {
                    line += values[row * n + column]
                    sums[(row + 1) * (n + 1) + column + 1] = sums[row * (n + 1) + column + 1] + line
                }
            }
            let r = 4
            var dark = [Bool](repeating: false, count: n * n)
            for row in 0..<n {
                let y0 = max(0, row - r), y1 = min(n, row + r + 1)
                for column in 0..<n {
                    let x0 = max(0, column - r), x1 = min(n, column + r + 1)
                    let total = sums[y1 * (n + 1) + x1] - sums[y0 * (n + 1) + x1] - sums[y1 * (n + 1) + x0] + sums[y0 * (n + 1) + x0]
                    dark[row * n + column] = values[row * n + column] < total / Double((y1 - y0) * (x1 - x0))
                }
            }
            return dark
        }
    }

    /// The level halfway between the means below and above it, iterated to a fixed point.
    private static func isodata(_ values: [Double]) -> Double {
        var level = values.reduce(0, +) / Double(max(1, values.count))
        for _ in 0..<16 {
            var low = 0.0, lowCount = 0.0, high = 0.0, highCount = 0.0
            for v in values {
                if v < level { low += v; lowCount += 1 } else { high += v; highCount += 1 }
            }
            guard lowCount > 0, highCount > 0 else { break }
            let next = (low / lowCount + high / highCount) / 2
            if abs(next - level) < 0.25 { level = next; break }
            level = next
        }
        return level
    }

    /// The grid mirrored about its main diagonal (a symbol seen from behind).
    static func transposed(_ dark: [Bool], n: Int) -> [Bool] {
        (0..<(n * n)).map { i in dark[(i % n) * n + i / n] }
    }
}
