extension GrayImage {
    /// Half-size copy, each output pixel the mean of a 2×2 block (rounded half up).
    /// Runs on every QR page of a batch, hence raw pointers and no zero-filled buffer.
    func downscaledByTwo() -> GrayImage {
        let w = width / 2, h = height / 2
        guard w > 0, h > 0, pixels.count >= width * height else { return GrayImage(width: 0, height: 0, pixels: []) }
        let source = width
        let out = [UInt8](unsafeUninitializedCapacity: w * h) { buffer, count in
            pixels.withUnsafeBufferPointer { src in
                let s = src.baseAddress!, d = buffer.baseAddress!
                for y in 0..<h {
                    let r0 = s + 2 * y * source, r1 = r0 + source, o = d + y * w
                    // Eight output pixels at a time from 16 of each row, then the rest one by one.
                    var x = 0
                    while x + 8 <= w {
                        let top = UnsafeRawPointer(r0 + 2 * x).loadUnaligned(as: SIMD16<UInt8>.self)
                        let bottom = UnsafeRawPointer(r1 + 2 * x).loadUnaligned(as: SIMD16<UInt8>.self)
                        let sums = SIMD16<UInt16>(truncatingIfNeeded: top) &+ SIMD16<UInt16>(truncatingIfNeeded: bottom)
                        let means = (sums.evenHalf &+ sums.oddHalf &+ 2) &>> 2
                        UnsafeMutableRawPointer(o + x).storeBytes(of: SIMD8<UInt8>(truncatingIfNeeded: means), as: SIMD8<UInt8>.self)
                        x += 8
                    }
                    while x < w {
                        let sum = UInt16(r0[2 * x]) &+ UInt16(r0[2 * x + 1]) &+ UInt16(r1[2 * x]) &+ UInt16(r1[2 * x + 1]) &+ 2
                        o[x] = UInt8(truncatingIfNeeded: sum &>> 2)
                        x += 1
                    }
                }
            }
            count = w * h
        }
        return GrayImage(width: w, height: h, pixels: out)
    }
}

/// The pixel operations of the scanner's fallback passes. Each allocates one output image
/// (at most 4× the input for the upscale, which the scanner bounds) plus O(width) of work space.
extension GrayImage {
    var hasValidShape: Bool {
        guard width > 0, height > 0,
              case let (count, overflow) = width.multipliedReportingOverflow(by: height), !overflow
        else { return false }
        return pixels.count == count
    }

    static let empty = GrayImage(width: 0, height: 0, pixels: [])

    /// Dark where a pixel is more than `offset` levels below the mean of the (2r+1)² window
    /// around it (clamped at the borders): black 0, white 255.
    func locallyThresholded(radius: Int, offset: Int = 3) -> GrayImage {
        mappingLocalMean(radius: radius) { pixel, mean in pixel + offset < mean ? 0 : 255 }
    }

    /// Unsharp mask against the local mean: pixel + amount × (pixel − mean), clamped.
    func sharpened(radius: Int, amount: Int = 2) -> GrayImage {
        mappingLocalMean(radius: radius) { pixel, mean in UInt8(clamping: pixel + amount * (pixel - mean)) }
    }

    /// Each pixel mapped with the mean of the (2r+1)² window around it (clamped at the borders),
    /// from sliding column and row sums: O(width) of work space besides the output.
    @inline(__always)
    private func mappingLocalMean(radius: Int, _ map: (Int, Int) -> UInt8) -> GrayImage {
        guard hasValidShape else { return .empty }
        let w = width, h = height, r = max(1, radius)
        var columnSums = [Int](repeating: 0, count: w)
        let out = [UInt8](unsafeUninitializedCapacity: w * h) { buffer, count in
            pixels.withUnsafeBufferPointer { src in
                columnSums.withUnsafeMutableBufferPointer { col in
                    let s = src.baseAddress!, d = buffer.baseAddress!
                    for y in 0..<min(r, h) {
                        for x in 0..<w { col[x] &+= Int(s[y * w + x]) }
                    }
                    for y in 0..<h {
                        if y + r < h { let row = s + (y + r) * w; for x in 0..<w { col[x] &+= Int(row[x]) } }
                        if y - r - 1 >= 0 { let row = s + (y - r - 1) * w; for x in 0..<w { col[x] &-= Int(row[x]) } }
                        let rows = min(h - 1, y + r) - max(0, y - r) + 1
                        var sum = 0
                        for x in 0..<min(r, w) { sum &+= col[x] }
                        let row = s + y * w, o = d + y * w
                        for x in 0..<w {
                            if x + r < w { sum &+= col[x + r] }
                            if x - r - 1 >= 0 { sum &-= col[x - r - 1] }
                            let area = (min(w - 1, x + r) - max(0, x - r) + 1) * rows
                            o[x] = map(Int(row[x]), sum / area)
                        }
                    }
                }
            }
            count = w * h
        }
        return GrayImage(width: w, height: h, pixels: out)
    }

    /// Light and dark swapped.
    func inverted() -> GrayImage {
        GrayImage(width: width, height: height, pixels: pixels.map { 255 &- $0 })
    }

    /// Twice the size in each direction, bilinear (weights 9:3:3:1 of the four nearest pixels).
    func upscaledByTwo() -> GrayImage {
        guard hasValidShape else { return .empty }
        let w = width, h = height, ow = 2 * w, oh = 2 * h
        let out = [UInt8](unsafeUninitializedCapacity: ow * oh) { buffer, count in
            pixels.withUnsafeBufferPointer { src in
                let s = src.baseAddress!, d = buffer.baseAddress!
                for oy in 0..<oh {
                    let y = oy >> 1, ny = oy & 1 == 0 ? max(0, y - 1) : min(h - 1, y + 1)
                    let r0 = s + y * w, r1 = s + ny * w, o = d + oy * ow
                    for ox in 0..<ow {
                        let x = ox >> 1, nx = ox & 1 == 0 ? max(0, x - 1) : min(w - 1, x + 1)
                        let v = 9 &* Int(r0[x]) &+ 3 &* Int(r0[nx]) &+ 3 &* Int(r1[x]) &+ Int(r1[nx]) &+ 8
                        o[ox] = UInt8(truncatingIfNeeded: v &>> 4)
                    }
                }
            }
            count = ow * oh
        }
        return GrayImage(width: ow, height: oh, pixels: out)
    }

    /// The part of the image inside `x..<x+w`, `y..<y+h` (clamped), surrounded by `margin`
    /// pixels of `fill` on every side.
    func cropped(x: Int, y: Int, width w: Int, height h: Int, margin: Int, fill: UInt8) -> GrayImage {
        guard hasValidShape else { return .empty }
        let x0 = max(0, x), y0 = max(0, y), x1 = min(width, x + max(0, w)), y1 = min(height, y + max(0, h))
        guard x1 > x0, y1 > y0 else { return .empty }
        let m = max(0, margin), ow = x1 - x0 + 2 * m, oh = y1 - y0 + 2 * m
        var out = [UInt8](repeating: fill, count: ow * oh)
        for row in y0..<y1 {
            let source = row * width + x0, target = (row - y0 + m) * ow + m
            out[target..<(target + x1 - x0)] = pixels[source..<(source + x1 - x0)]
        }
        return GrayImage(width: ow, height: oh, pixels: out)
    }

    /// The level at (`x`, `y`) interpolated between its four neighbours; the caller keeps
    /// 0 ≤ x < width - 1 and 0 ≤ y < height - 1.
    @inline(__always)
    static func bilinear(_ p: UnsafeBufferPointer<UInt8>, width w: Int, x: Double, y: Double) -> UInt8 {
        let ix = Int(x), iy = Int(y), tx = x - Double(ix), ty = y - Double(iy), i = iy * w + ix
        let top = Double(p[i]) * (1 - tx) + Double(p[i + 1]) * tx
        let bottom = Double(p[i + w]) * (1 - tx) + Double(p[i + w + 1]) * tx
        return UInt8(clamping: Int((top * (1 - ty) + bottom * ty).rounded()))
    }
}
