/// What a validator sees at a glance, measured on a reduced decode of the page (about 75 ppp:
/// a 300-ppp scan at 1/4). Every metric is relative to the paper the page itself shows, so a
/// grey or tinted scan is judged by its own background.
public struct PageQuality: Sendable, Equatable {
    public enum Orientation: String, Sendable, Equatable {
        case upright
        /// Text lines run top to bottom: the page was scanned turned 90 degrees.
        case quarterTurn = "quarter_turn"
        /// The content sits at the bottom as a header does at the top: turned 180 degrees.
        case upsideDown = "upside_down"
    }

    /// Share of the image the document covers (paper-like rows and columns), 0-1.
    public var documentFraction: Double
    /// Paper level inside the document (median, 0-255).
    public var background: Double
    /// Standard deviation of the pixel noise, in levels, estimated on flat areas.
    public var noise: Double
    /// Share of 2.7-mm tiles of the document that hold ink (text, lines, stamps).
    public var inkCoverage: Double
    /// Paper minus the darker ink levels (0-255); nil without ink.
    public var contrast: Double?
    /// Edge steepness: mean |Laplacian| over mean |gradient| on the ink edges, normalised to
    /// 75 ppp. A crisp scan measures about 0.8, a blurred one less; nil with too few edges.
    public var sharpness: Double?
    /// Text-line structure across columns over across rows: above 1 the lines run vertically.
    public var lineAxisRatio: Double?
    /// Ink in the bottom third of the document over ink in the top third.
    public var bottomToTopInk: Double?

    /// Analysis resolution the metrics are tuned for.
    public static let analysisPPI = 75.0
    /// Pixels darker than the paper by at least this (or 6 noise deviations) are ink.
    static let minInkDelta = 14.0
    static let paperTolerance = 32
    static let marginFraction = 0.04
    static let minSide = 24

    /// The resolution the metrics assume for a scan: its own, or 300 ppp when it is unknown
    /// or implausible (a header that says 1 or 10 000 ppp).
    public static func assumedDPI(_ dpi: Double?) -> Double {
        guard let dpi, (50...1200).contains(dpi) else { return 300 }
        return dpi
    }

    /// The power-of-two reduction (1-8) that brings a scan of `dpi` near 75 ppp.
    public static func reductionFactor(dpi: Double?) -> Int {
        let ratio = assumedDPI(dpi) / analysisPPI
        var factor = 1
        while factor < 8, Double(factor * 2) <= ratio * 1.41 { factor *= 2 }
        return factor
    }

    /// Measures `image`, a page at `ppi` pixels per inch (about 75). Nil for an image too
    /// small to judge.
    public static func measure(_ image: GrayImage, ppi: Double) -> PageQuality? {
        guard image.width >= minSide, image.height >= minSide, image.pixels.count == image.width * image.height else { return nil }
        return image.pixels.withUnsafeBufferPointer { pixels in
            PageQualityMeasurement(pixels: pixels, width: image.width, height: image.height, ppi: ppi).run()
        }
    }
}

/// The passes of one measurement over borrowed pixels.
private struct PageQualityMeasurement {
    let pixels: UnsafeBufferPointer<UInt8>
    let width: Int
    let height: Int
    let ppi: Double

    func run() -> PageQuality {
        let paper = percentile(histogram(x: 0..<width, y: 0..<height), 0.90)
        let frame = documentFrame(paper: paper)
        let content = shrink(frame)
        let background = Double(percentile(histogram(x: content.x, y: content.y), 0.5))
        let noise = noiseDeviation(content)
        let ink = inkStatistics(content, background: background, noise: noise)
        let sharpness = ink.contrast.flatMap { edgeSharpness(content, contrast: $0, noise: noise, inkRows: ink.rowProfile) }
        let area = Double(width * height)
        return PageQuality(
            documentFraction: Double(frame.x.count * frame.y.count) / area,
            background: background,
            noise: noise,
            inkCoverage: ink.coverage,
            contrast: ink.contrast,
            sharpness: sharpness,
            lineAxisRatio: ink.lineAxisRatio,
            bottomToTopInk: ink.bottomToTop
        )
    }

    // MARK: Histograms

    /// Levels of every other pixel of every other row: percentiles of a page need no more.
    func histogram(x: Range<Int>, y: Range<Int>) -> [Int] {
        var counts = [Int](repeating: 0, count: 256)
        counts.withUnsafeMutableBufferPointer { c in
            for row in stride(from: y.lowerBound, to: y.upperBound, by: 2) {
                let line = pixels.baseAddress! + row * width
                for column in stride(from: x.lowerBound, to: x.upperBound, by: 2) { c[Int(line[column])] &+= 1 }
            }
        }
        return counts
    }

    /// The smallest value with more than `fraction` of the counts at or below it.
    func percentile(_ counts: [Int], _ fraction: Double) -> Int { Histogram.percentile(counts, fraction) }

    // MARK: Framing

    /// Rows and columns where paper-like pixels are at least half as many as in the fullest
    /// row or column: the document, without a dark table or scanner lid around it.
    func documentFrame(paper: Int) -> (x: Range<Int>, y: Range<Int>) {
        var rowCounts = [Int](repeating: 0, count: height)
        var columnCounts = [Int32](repeating: 0, count: width)
        let tolerance = PageQuality.paperTolerance
        let isPaper = (0..<256).map { abs($0 - paper) <= tolerance ? Int32(1) : 0 }
        isPaper.withUnsafeBufferPointer { table in
            columnCounts.withUnsafeMutableBufferPointer { columns in
                for row in 0..<height {
                    let line = pixels.baseAddress! + row * width
                    var count: Int32 = 0
                    for column in 0..<width {
                        let paperLike = table[Int(line[column])]
                        count &+= paperLike
                        columns[column] &+= paperLike
                    }
                    rowCounts[row] = Int(count)
                }
            }
        }
        return (span(columnCounts.map(Int.init)), span(rowCounts))
    }

    private func span(_ counts: [Int]) -> Range<Int> {
        let half = (counts.max() ?? 0) / 2
        guard half > 0, let first = counts.firstIndex(where: { $0 >= half }),
              let last = counts.lastIndex(where: { $0 >= half }) else { return 0..<counts.count }
        return first..<(last + 1)
    }

    func shrink(_ frame: (x: Range<Int>, y: Range<Int>)) -> (x: Range<Int>, y: Range<Int>) {
        func inner(_ r: Range<Int>) -> Range<Int> {
            let cut = Int(Double(r.count) * PageQuality.marginFraction)
            return r.count - 2 * cut >= PageQuality.minSide / 2 ? (r.lowerBound + cut)..<(r.upperBound - cut) : r
        }
        return (inner(frame.x), inner(frame.y))
    }

    // MARK: Noise

    /// Immerkær's estimate made robust: the median of the absolute response of the
    /// [1 -2 1; -2 4 -2; 1 -2 1] mask over every other row (text edges are a minority of pixels).
    func noiseDeviation(_ region: (x: Range<Int>, y: Range<Int>)) -> Double {
        guard region.x.count >= 3, region.y.count >= 3 else { return 0 }
        var counts = [Int](repeating: 0, count: 2048)
        counts.withUnsafeMutableBufferPointer { c in
            let p = pixels.baseAddress!
            // Every other pixel of every other row: a median over a quarter of the page is as good.
            for row in stride(from: region.y.lowerBound + 1, to: region.y.upperBound - 1, by: 2) {
                let up = p + (row - 1) * width, mid = p + row * width, down = p + (row + 1) * width
                for x in stride(from: region.x.lowerBound + 1, to: region.x.upperBound - 1, by: 2) {
                    let corners = Int(up[x - 1]) + Int(up[x + 1]) + Int(down[x - 1]) + Int(down[x + 1])
                    let sides = Int(up[x]) + Int(down[x]) + Int(mid[x - 1]) + Int(mid[x + 1])
                    let response = abs(corners - 2 * sides + 4 * Int(mid[x]))
                    c[min(response, 2047)] &+= 1
                }
            }
        }
        // Median of |N(0, 6σ)| is 0.6745 · 6σ; +0.5 centres the integer bin.
        let median = Double(percentile(counts, 0.5))
        return median == 0 ? 0 : (median + 0.5) / (0.6745 * 6)
    }

    // MARK: Ink

    struct Ink {
        var coverage: Double
        var contrast: Double?
        var lineAxisRatio: Double?
        var bottomToTop: Double?
        /// Ink pixels per row of the region.
        var rowProfile: [Int] = []
    }

    /// Ink is what is darker, by `delta`, than both the page's paper and the brightest pixel of
    /// its own 2.7-mm tile: uneven lighting and the inside of a dark band are not ink, faint
    /// text on clean paper is.
    func inkStatistics(_ region: (x: Range<Int>, y: Range<Int>), background: Double, noise: Double) -> Ink {
        let delta = max(PageQuality.minInkDelta, 6 * noise)
        let paperLimit = Int((background - delta).rounded(.down)), deltaLevels = Int(delta.rounded(.up))
        let tile = max(4, Int((ppi * 0.1).rounded()))
        let tilesWide = (region.x.count + tile - 1) / tile, tilesHigh = (region.y.count + tile - 1) / tile
        guard paperLimit > 0, tilesWide > 0, tilesHigh > 0 else { return Ink(coverage: 0, rowProfile: Array(repeating: 0, count: region.y.count)) }
        var tileCounts = [Int](repeating: 0, count: tilesWide * tilesHigh)
        var rowProfile = [Int](repeating: 0, count: region.y.count)
        var columnProfile = [Int](repeating: 0, count: region.x.count)
        var inkLevels = [Int](repeating: 0, count: 256)
        var limits = [Int](repeating: 0, count: region.x.count)
        let x0 = region.x.lowerBound, columns = region.x.count
        tileCounts.withUnsafeMutableBufferPointer { tiles in
            columnProfile.withUnsafeMutableBufferPointer { columnInk in
                inkLevels.withUnsafeMutableBufferPointer { levels in
                    limits.withUnsafeMutableBufferPointer { limit in
                        for tileRow in 0..<tilesHigh {
                            let top = region.y.lowerBound + tileRow * tile
                            let rows = top..<min(region.y.upperBound, top + tile)
                            // Each column's limit: the brightest pixel of its tile, less delta.
                            for t in 0..<tilesWide {
                                let from = t * tile, to = min(columns, from + tile)
                                var brightest: UInt8 = 0
                                for row in rows {
                                    let line = pixels.baseAddress! + row * width + x0
                                    for c in from..<to { brightest = max(brightest, line[c]) }
                                }
                                let value = min(paperLimit, Int(brightest) - deltaLevels)
                                for c in from..<to { limit[c] = value }
                            }
                            for row in rows {
                                let line = pixels.baseAddress! + row * width + x0
                                var inRow = 0
                                for c in 0..<columns {
                                    let value = Int(line[c])
                                    guard value < limit[c] else { continue }
                                    inRow &+= 1
                                    columnInk[c] &+= 1
                                    tiles[tileRow * tilesWide + c / tile] &+= 1
                                    levels[value] &+= 1
                                }
                                rowProfile[row - region.y.lowerBound] = inRow
                            }
                        }
                    }
                }
            }
        }
        let minimumPerTile = max(2, tile * tile / 8)
        let inked = tileCounts.filter { $0 >= minimumPerTile }.count
        let coverage = Double(inked) / Double(tileCounts.count)
        let inkPixels = inkLevels.reduce(0, +)
        guard inkPixels >= 20 else { return Ink(coverage: coverage, rowProfile: rowProfile) }
        let contrast = background - Double(percentile(inkLevels, 0.10))
        let rowVariation = variation(rowProfile), columnVariation = variation(columnProfile)
        let third = region.y.count / 3
        let top = rowProfile.prefix(third).reduce(0, +), bottom = rowProfile.suffix(third).reduce(0, +)
        return Ink(
            coverage: coverage,
            contrast: contrast,
            lineAxisRatio: rowVariation > 0 ? columnVariation / rowVariation : nil,
            bottomToTop: Double(bottom) / Double(max(top, 1)),
            rowProfile: rowProfile
        )
    }

    /// Total variation of a projection profile over its mass: high when the ink comes in
    /// bands across the axis (text lines), low when it is spread evenly.
    private func variation(_ profile: [Int]) -> Double {
        let mass = profile.reduce(0, +)
        guard mass > 0, profile.count > 1 else { return 0 }
        var total = 0
        for i in 1..<profile.count { total += abs(profile[i] - profile[i - 1]) }
        return Double(total) / Double(mass)
    }

    // MARK: Sharpness

    /// Mean |Laplacian| over mean |gradient| on pixels whose gradient is a real edge: a step
    /// blurred by σ pixels gives about 1/σ whatever its contrast, so the ratio measures blur
    /// and not how much text the page holds.
    func edgeSharpness(_ region: (x: Range<Int>, y: Range<Int>), contrast: Double, noise: Double, inkRows: [Int]) -> Double? {
        guard region.x.count >= 3, region.y.count >= 3, inkRows.count == region.y.count else { return nil }
        let minimumGradient = Int(max(0.25 * contrast, 6 * noise, 8))
        var laplacianSum = 0, gradientSum = 0, edges = 0
        let p = pixels.baseAddress!
        for row in (region.y.lowerBound + 1)..<(region.y.upperBound - 1) {
            // Edges of the text lie next to its ink: rows of bare paper are skipped.
            let r = row - region.y.lowerBound
            guard inkRows[r - 1] | inkRows[r] | inkRows[r + 1] != 0 else { continue }
            let up = p + (row - 1) * width, mid = p + row * width, down = p + (row + 1) * width
            for x in (region.x.lowerBound + 1)..<(region.x.upperBound - 1) {
                let left = Int(mid[x - 1]), right = Int(mid[x + 1])
                let above = Int(up[x]), below = Int(down[x])
                let gradient = abs(right - left) + abs(below - above)
                guard gradient >= minimumGradient else { continue }
                laplacianSum &+= abs(left + right + above + below - 4 * Int(mid[x]))
                gradientSum &+= gradient
                edges &+= 1
            }
        }
        guard edges >= 50, gradientSum > 0 else { return edges > 0 ? nil : 0 }
        return Double(laplacianSum) / Double(gradientSum) * (ppi / PageQuality.analysisPPI)
    }
}
