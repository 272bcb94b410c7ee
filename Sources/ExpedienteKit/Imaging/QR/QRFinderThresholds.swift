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

    /// Values of `Binarisation.uniformity`: a block with pixels on both sides of its threshold,
    /// or only light or only dark ones.
    static let mixed: UInt8 = 0, allLight: UInt8 = 1, allDark: UInt8 = 2

    /// One polarity's per-block thresholds and, per block, whether all its pixels are light or
    /// all dark against its threshold (from the block's minimum and maximum).
    struct Binarisation {
        /// A pixel is dark when `pixel <= threshold` or, inverted, when `pixel >= threshold`
        /// (the inverse's threshold t stored as 255 − t).
        var thresholds: [UInt8]
        /// `mixed`, `allLight` or `allDark`, per block.
        var uniformity: [UInt8]
    }

    /// The binarisation of the image or, with `inverted`, of its inverse.
    func binarisation(inverted: Bool) -> Binarisation {
        let black = inverted ? blackPoints(inverted: true) : blackPoints(inverted: false)
        return inverted ? threshold(black, inverted: true) : threshold(black, inverted: false)
    }

    /// Per block, its black point: its mean where it has contrast; a flat block is taken as
    /// background (half its minimum) unless the blocks above and to the left, already seen, say
    /// it lies inside a dark shape (its minimum under their black point), then it takes theirs.
    @inline(__always)
    private func blackPoints(inverted: Bool) -> [UInt8] {
        let shift = QRFinderDetector.blockShift, side = 1 << shift
        let wide = blocksWide, high = blocksHigh, count = wide * high
        let fullBlocks = width >> shift, lastWidth = width - (fullBlocks << shift)
        return [UInt8](unsafeUninitializedCapacity: count) { black, initialized in
            sums.withUnsafeBufferPointer { sums in
                mins.withUnsafeBufferPointer { mins in
                    maxs.withUnsafeBufferPointer { maxs in
                        let b = black.baseAddress!, s = sums.baseAddress!, lows = mins.baseAddress!, highs = maxs.baseAddress!
                        for by in 0..<high {
                            let rows = Swift.min(side, height &- (by << shift)), base = by &* wide
                            for bx in 0..<wide {
                                let i = base &+ bx
                                let minimum = Int(lows[i]), maximum = Int(highs[i])
                                let average: Int
                                if maximum &- minimum <= QRFinderDetector.minDynamicRange {
                                    let lo = inverted ? 255 &- maximum : minimum
                                    var flat = lo >> 1
                                    if by > 0 && bx > 0 {
                                        let neighbours = (Int(b[i &- wide]) &+ 2 &* Int(b[i &- 1]) &+ Int(b[i &- wide &- 1])) >> 2
                                        if lo < neighbours { flat = neighbours }
                                    }
                                    average = flat
                                } else {
                                    let area = (bx < fullBlocks ? side : lastWidth) &* rows
                                    let sum = inverted ? 255 &* area &- Int(s[i]) : Int(s[i])
                                    average = area == side * side ? sum >> (2 * shift) : sum / area
                                }
                                b[i] = UInt8(truncatingIfNeeded: average)
                            }
                        }
                    }
                }
            }
            initialized = count
        }
    }

    /// Threshold = mean black point of the 5×5 blocks around (clamped to the image), as a
    /// horizontal then a vertical 5-tap sum, each a running sum (a block enters the window as it
    /// reaches 2 blocks ahead, and leaves 3 blocks behind); the uniformity of each block follows.
    @inline(__always)
    private func threshold(_ black: [UInt8], inverted: Bool) -> Binarisation {
        let wide = blocksWide, high = blocksHigh, count = wide * high
        // Row sums of 5 black points, at most 5 · 255.
        let rowSums = [UInt16](unsafeUninitializedCapacity: count) { rowSums, initialized in
            black.withUnsafeBufferPointer { black in
                let b = black.baseAddress!, r = rowSums.baseAddress!
                for by in 0..<high {
                    let base = by &* wide
                    var sum = 0
                    for xx in 0..<Swift.min(wide, 2) { sum &+= Int(b[base &+ xx]) }
                    for bx in 0..<wide {
                        if bx &+ 2 < wide { sum &+= Int(b[base &+ bx &+ 2]) }
                        if bx >= 3 { sum &-= Int(b[base &+ bx &- 3]) }
                        r[base &+ bx] = UInt16(truncatingIfNeeded: sum)
                    }
                }
            }
            initialized = count
        }
        // Blocks counted across, per column, and the exact quotient n / d as (n · ⌈2³²/d⌉) >> 32,
        // which holds for every n < 2³²/d (here n <= 25 · 255).
        let across = (0..<wide).map { Swift.min(wide - 1, $0 + 2) - Swift.max(0, $0 - 2) + 1 }
        let reciprocals = (0...25).map { $0 == 0 ? 0 : ((1 << 32) + $0 - 1) / $0 }
        var thresholds = [UInt8](repeating: 0, count: count)
        var uniformity = [UInt8](repeating: Self.mixed, count: count)
        var columns = [Int](repeating: 0, count: wide)
        rowSums.withUnsafeBufferPointer { rowSums in
          columns.withUnsafeMutableBufferPointer { columns in
            thresholds.withUnsafeMutableBufferPointer { out in
              uniformity.withUnsafeMutableBufferPointer { uniform in
                mins.withUnsafeBufferPointer { mins in
                  maxs.withUnsafeBufferPointer { maxs in
                    let r = rowSums.baseAddress!, c = columns.baseAddress!, o = out.baseAddress!, u = uniform.baseAddress!
                    let lows = mins.baseAddress!, highs = maxs.baseAddress!
                    for yy in 0..<Swift.min(high, 2) {
                        for bx in 0..<wide { c[bx] &+= Int(r[yy &* wide &+ bx]) }
                    }
                    for by in 0..<high {
                        if by &+ 2 < high {
                            let entering = (by &+ 2) &* wide
                            for bx in 0..<wide { c[bx] &+= Int(r[entering &+ bx]) }
                        }
                        if by >= 3 {
                            let leaving = (by &- 3) &* wide
                            for bx in 0..<wide { c[bx] &-= Int(r[leaving &+ bx]) }
                        }
                        let down = Swift.min(high - 1, by + 2) - Swift.max(0, by - 2) + 1, base = by &* wide
                        for bx in 0..<wide {
                            let i = base &+ bx
                            let value = (c[bx] &* reciprocals[across[bx] &* down]) >> 32
                            let lo = lows[i], hi = highs[i]
                            if inverted {
                                // The inverse's threshold t is kept as 255 - t: dark is `pixel >= 255 - t`.
                                let t = UInt8(truncatingIfNeeded: 255 &- value)
                                o[i] = t
                                u[i] = lo >= t ? Self.allDark : hi < t ? Self.allLight : Self.mixed
                            } else {
                                let t = UInt8(truncatingIfNeeded: value)
                                o[i] = t
                                u[i] = lo > t ? Self.allLight : hi <= t ? Self.allDark : Self.mixed
                            }
                        }
                    }
                  }
                }
              }
            }
          }
        }
        return Binarisation(thresholds: thresholds, uniformity: uniformity)
    }
}
