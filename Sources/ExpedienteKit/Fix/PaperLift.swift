/// Lifts the paper to white before encoding: each channel is divided by the paper level
/// estimated over half-inch tiles (bilinear between tile centres, so uneven lighting and a
/// tinted sheet become flat white), and levels within a few noise deviations of white become
/// white. Scanner noise on the paper is most of what a noisy scan spends its bytes on; the ink,
/// darker than the ramp, keeps its levels.
enum PaperLift {
    struct Outcome {
        var image: RasterImage
        /// The noise deviation measured before the lift (levels), and the width of the ramp.
        var noise: Double
        var ramp: Double
    }

    /// Nil when the page has no paper to lift (too dark, or too small).
    static func apply(_ image: RasterImage, dpi: Double) -> Outcome? {
        let (w, h, c) = (image.width, image.height, image.components)
        let tile = max(16, Int(dpi * PageRepairPolicy.paperTileInches))
        guard w >= tile, h >= tile else { return nil }
        let tilesX = (w + tile - 1) / tile, tilesY = (h + tile - 1) / tile
        // 75th percentile of every third pixel of every third row, per tile and channel.
        var levels = [Double](repeating: 0, count: tilesX * tilesY * c)
        image.pixels.withUnsafeBufferPointer { p in
            var histogram = [Int](repeating: 0, count: 256 * c)
            for ty in 0..<tilesY {
                for tx in 0..<tilesX {
                    for i in histogram.indices { histogram[i] = 0 }
                    for y in stride(from: ty * tile, to: min(h, ty * tile + tile), by: 3) {
                        for x in stride(from: tx * tile, to: min(w, tx * tile + tile), by: 3) {
                            let i = (y * w + x) * c
                            for k in 0..<c { histogram[k * 256 + Int(p[i + k])] += 1 }
                        }
                    }
                    for k in 0..<c {
                        let channel = Array(histogram[(k * 256)..<(k * 256 + 256)])
                        levels[(ty * tilesX + tx) * c + k] = Double(Histogram.percentile(channel, 0.75))
                    }
                }
            }
        }
        // The page's paper: the median tile of each channel; tiles far darker (a photo, a table,
        // a solid header) take it instead of their own.
        var paper = [Double](repeating: 0, count: c)
        for k in 0..<c {
            let values = stride(from: k, to: levels.count, by: c).map { levels[$0] }.sorted()
            paper[k] = values[values.count / 2]
        }
        guard paper.min()! >= PageRepairPolicy.minLiftablePaper else { return nil }
        for t in 0..<(tilesX * tilesY) {
            let dark = (0..<c).contains { levels[t * c + $0] < 0.8 * paper[$0] }
            for k in 0..<c {
                let level = dark ? paper[k] : min(levels[t * c + k], 1.08 * paper[k])
                levels[t * c + k] = max(1, level)
            }
        }
        let noise = noiseDeviation(image) * 255 / paper.min()!
        let ramp = min(28, max(8, 3 * noise))
        let white = 255 - ramp, low = white - ramp
        // Levels below `low` stay; [low, white) stretch to [low, 255); at or above white: 255.
        var curve = [UInt8](repeating: 255, count: 512)
        for v in 0..<512 {
            let value = Double(v) / 2
            if value < low { curve[v] = UInt8(value.rounded()) }
            else if value < white { curve[v] = UInt8(min(255, (low + (value - low) * (255 - low) / ramp).rounded())) }
        }
        let gains = levels.map { Float(255 / $0) }
        // Where each column falls between tile centres, once for all rows.
        let columns = (0..<w).map { x -> (Int, Int, Float) in
            let fx = min(max((Double(x) + 0.5) / Double(tile) - 0.5, 0), Double(tilesX - 1))
            return (Int(fx), min(Int(fx) + 1, tilesX - 1), Float(fx - Double(Int(fx))))
        }
        var out = image.pixels
        var tileRow = [Float](repeating: 0, count: tilesX * c)
        // Twice the gain in 16.16 fixed point: the curve's index is (level × gain) >> 16.
        var rowGain = [UInt32](repeating: 0, count: w * c)
        out.withUnsafeMutableBufferPointer { p in
            for y in 0..<h {
                // Gains change over a tile (half an inch): once every 8 rows is smooth enough.
                if y % 8 == 0 {
                    let fy = min(max((Double(y) + 4) / Double(tile) - 0.5, 0), Double(tilesY - 1))
                    let y0 = Int(fy), y1 = min(y0 + 1, tilesY - 1), wy = Float(fy - Double(y0))
                    for i in 0..<(tilesX * c) {
                        tileRow[i] = gains[y0 * tilesX * c + i] * (1 - wy) + gains[y1 * tilesX * c + i] * wy
                    }
                    for (x, (x0, x1, wx)) in columns.enumerated() {
                        for k in 0..<c {
                            let gain = tileRow[x0 * c + k] * (1 - wx) + tileRow[x1 * c + k] * wx
                            rowGain[x * c + k] = UInt32(min(gain, 8) * 131_072)
                        }
                    }
                }
                let row = p.baseAddress! + y * w * c
                rowGain.withUnsafeBufferPointer { g in
                    curve.withUnsafeBufferPointer { table in
                        for i in 0..<(w * c) {
                            row[i] = table[Int(min(511, (UInt32(row[i]) &* g[i]) &>> 16))]
                        }
                    }
                }
            }
        }
        return Outcome(image: RasterImage(width: w, height: h, components: c, pixels: out), noise: noise, ramp: ramp)
    }

    /// Immerkær's estimate (median of the |[1 -2 1; -2 4 -2; 1 -2 1]| response, robust to
    /// text edges) on the first channel, over every fourth row.
    static func noiseDeviation(_ image: RasterImage) -> Double {
        let (w, h, c) = (image.width, image.height, image.components)
        guard w >= 3, h >= 3 else { return 0 }
        var counts = [Int](repeating: 0, count: 2048)
        image.pixels.withUnsafeBufferPointer { p in
            for y in stride(from: 1, to: h - 1, by: 4) {
                let up = (y - 1) * w, mid = y * w, down = (y + 1) * w
                for x in stride(from: 1, to: w - 1, by: 2) {
                    func at(_ row: Int, _ dx: Int) -> Int { Int(p[(row + x + dx) * c]) }
                    let corners = at(up, -1) + at(up, 1) + at(down, -1) + at(down, 1)
                    let sides = at(up, 0) + at(down, 0) + at(mid, -1) + at(mid, 1)
                    counts[min(2047, abs(corners - 2 * sides + 4 * at(mid, 0)))] += 1
                }
            }
        }
        let total = counts.reduce(0, +)
        var seen = 0, median = 0
        for (value, count) in counts.enumerated() {
            seen += count
            if seen * 2 > total { median = value; break }
        }
        return median == 0 ? 0 : (Double(median) + 0.5) / (0.6745 * 6)
    }
}
