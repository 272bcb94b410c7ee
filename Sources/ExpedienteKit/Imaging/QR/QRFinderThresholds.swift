/// The block-local black points of `QRFinderDetector` (step 1 of its method), for the image as it
/// is and for its inverse (light modules on a dark ground) from one pass over the pixels: the
/// inverse's block statistics follow from the image's (sum' = 255·area − sum, min' = 255 − max,
/// max' = 255 − min), so the inverse is never allocated.
struct QRFinderThresholds {
    let width: Int
    let height: Int
    let blocksWide: Int
    let blocksHigh: Int
    private var sums: [Int]
    private var mins: [UInt8]
    private var maxs: [UInt8]

    init(_ pixels: UnsafeBufferPointer<UInt8>, width: Int, height: Int) {
        let shift = QRFinderDetector.blockShift, side = 1 << shift
        self.width = width
        self.height = height
        blocksWide = (width + side - 1) >> shift
        blocksHigh = (height + side - 1) >> shift
        let count = blocksWide * blocksHigh, wide = blocksWide
        var sums = [Int](repeating: 0, count: count)
        var mins = [UInt8](repeating: 255, count: count)
        var maxs = [UInt8](repeating: 0, count: count)
        let fullBlocks = width >> shift
        sums.withUnsafeMutableBufferPointer { sums in
            mins.withUnsafeMutableBufferPointer { mins in
                maxs.withUnsafeMutableBufferPointer { maxs in
                    let p = pixels.baseAddress!
                    for by in 0..<((height + side - 1) >> shift) {
                        let y0 = by << shift, y1 = Swift.min(y0 + side, height), base = by * wide
                        // Whole blocks: the block's rows as 8-lane vectors, reduced once.
                        for bx in 0..<fullBlocks {
                            var lo = SIMD8<UInt8>(repeating: 255), hi = SIMD8<UInt8>(repeating: 0)
                            var total = SIMD8<UInt16>(repeating: 0)
                            for y in y0..<y1 {
                                let v = UnsafeRawPointer(p + y * width + (bx << shift)).loadUnaligned(as: SIMD8<UInt8>.self)
                                lo = pointwiseMin(lo, v)
                                hi = pointwiseMax(hi, v)
                                total &+= SIMD8<UInt16>(truncatingIfNeeded: v)
                            }
                            sums[base + bx] = Int(total.wrappedSum())
                            mins[base + bx] = lo.min()
                            maxs[base + bx] = hi.max()
                        }
                        // The last, narrower block of the row of blocks, pixel by pixel.
                        if fullBlocks < wide {
                            var sum = 0, lo: UInt8 = 255, hi: UInt8 = 0
                            for y in y0..<y1 {
                                for x in (fullBlocks << shift)..<width {
                                    let v = p[y * width + x]
                                    sum &+= Int(v)
                                    lo = Swift.min(lo, v)
                                    hi = Swift.max(hi, v)
                                }
                            }
                            sums[base + fullBlocks] = sum
                            mins[base + fullBlocks] = lo
                            maxs[base + fullBlocks] = hi
                        }
                    }
                }
            }
        }
        self.sums = sums
        self.mins = mins
        self.maxs = maxs
    }

    /// Values of `uniformity`: a block with pixels on both sides of its threshold, or only light
    /// or only dark ones.
    static let mixed: UInt8 = 0, allLight: UInt8 = 1, allDark: UInt8 = 2

    /// Per block, whether all its pixels are light or all dark against `thresholds` (those of
    /// `thresholds(inverted:)` for the same polarity), from its minimum and maximum: a pixel
    /// is dark when `pixel <= t` (inverted: `pixel >= t`, t being the stored 255 − t').
    func uniformity(thresholds: [UInt8], inverted: Bool) -> [UInt8] {
        var out = [UInt8](repeating: Self.mixed, count: thresholds.count)
        for i in 0..<Swift.min(thresholds.count, mins.count) {
            let t = thresholds[i], lo = mins[i], hi = maxs[i]
            if inverted {
                if lo >= t { out[i] = Self.allDark } else if hi < t { out[i] = Self.allLight }
            } else {
                if lo > t { out[i] = Self.allLight } else if hi <= t { out[i] = Self.allDark }
            }
        }
        return out
    }

    /// Per-block threshold of the image (a pixel is dark when `pixel <= threshold`) or, with
    /// `inverted`, of its inverse, t stored as 255 − t (a pixel is dark when `pixel >= 255 - t`).
    func thresholds(inverted: Bool) -> [UInt8] {
        let shift = QRFinderDetector.blockShift, side = 1 << shift
        let wide = blocksWide, high = blocksHigh, count = wide * high
        var blackPoints = [Int](repeating: 0, count: count)
        var rowSums = [Int](repeating: 0, count: count)
        var thresholds = [UInt8](repeating: 0, count: count)
        sums.withUnsafeBufferPointer { sums in
            mins.withUnsafeBufferPointer { mins in
                maxs.withUnsafeBufferPointer { maxs in
                    blackPoints.withUnsafeMutableBufferPointer { black in
                        for by in 0..<high {
                            let rows = Swift.min((by << shift) + side, height) - (by << shift)
                            for bx in 0..<wide {
                                let i = by * wide + bx
                                let area = (Swift.min((bx << shift) + side, width) - (bx << shift)) * rows
                                let sum = inverted ? 255 &* area &- sums[i] : sums[i]
                                let lo = Int(inverted ? 255 - maxs[i] : mins[i]), hi = Int(inverted ? 255 - mins[i] : maxs[i])
                                var average = sum / Swift.max(1, area)
                                if hi - lo <= QRFinderDetector.minDynamicRange {
                                    // Flat block: assume background (light) unless the neighbours
                                    // already seen say this flat area is darker than their black
                                    // point, i.e. inside a dark shape.
                                    average = lo / 2
                                    if by > 0 && bx > 0 {
                                        let neighbours = (black[i - wide] + 2 * black[i - 1] + black[i - wide - 1]) / 4
                                        if lo < neighbours { average = neighbours }
                                    }
                                }
                                black[i] = average
                            }
                        }
                    }
                }
            }
        }
        // Threshold = mean black point of the 5×5 blocks around (clamped to the image), as a
        // horizontal then a vertical 5-tap sum, each a running sum (a block enters the window
        // as it reaches 2 blocks ahead, and leaves 3 blocks behind).
        blackPoints.withUnsafeBufferPointer { black in
            rowSums.withUnsafeMutableBufferPointer { rowSums in
                for by in 0..<high {
                    let base = by * wide
                    var sum = 0
                    for xx in 0..<Swift.min(wide, 2) { sum &+= black[base + xx] }
                    for bx in 0..<wide {
                        if bx + 2 < wide { sum &+= black[base + bx + 2] }
                        if bx >= 3 { sum &-= black[base + bx - 3] }
                        rowSums[base + bx] = sum
                    }
                }
            }
        }
        var columnSums = [Int](repeating: 0, count: wide)
        rowSums.withUnsafeBufferPointer { rowSums in
            columnSums.withUnsafeMutableBufferPointer { columns in
                thresholds.withUnsafeMutableBufferPointer { out in
                    for yy in 0..<Swift.min(high, 2) {
                        for bx in 0..<wide { columns[bx] &+= rowSums[yy * wide + bx] }
                    }
                    for by in 0..<high {
                        if by + 2 < high {
                            let entering = (by + 2) * wide
                            for bx in 0..<wide { columns[bx] &+= rowSums[entering + bx] }
                        }
                        if by >= 3 {
                            let leaving = (by - 3) * wide
                            for bx in 0..<wide { columns[bx] &-= rowSums[leaving + bx] }
                        }
                        let rows = Swift.min(high - 1, by + 2) - Swift.max(0, by - 2) + 1
                        for bx in 0..<wide {
                            let blocks = (Swift.min(wide - 1, bx + 2) - Swift.max(0, bx - 2) + 1) * rows
                            let value = UInt8(clamping: columns[bx] / blocks)
                            // The inverse's threshold t is kept as 255 - t: dark is `pixel >= 255 - t`.
                            out[by * wide + bx] = inverted ? 255 - value : value
                        }
                    }
                }
            }
        }
        return thresholds
    }
}
