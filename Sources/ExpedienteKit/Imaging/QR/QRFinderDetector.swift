/// One QR finder pattern (the 7×7 "eye" in three corners of a symbol) found in an image.
public struct FinderPattern: Sendable, Equatable {
    /// Centre in pixels of the image that was searched.
    public var x: Double
    public var y: Double
    /// Estimated module (cell) size in pixels.
    public var moduleSize: Double
    /// How many scan rows independently confirmed this centre.
    public var confirmations: Int

    public init(x: Double, y: Double, moduleSize: Double, confirmations: Int = 1) {
        self.x = x
        self.y = y
        self.moduleSize = moduleSize
        self.confirmations = confirmations
    }
}

/// Pure-Swift detector of QR finder patterns, to tell "there is a QR code here, but it cannot be
/// decoded" (zbar returns nothing) apart from "there is no QR code at all".
///
/// Method (after ZXing's `FinderPatternFinder`, reimplemented):
/// 1. Block-local binarisation: 8×8 blocks; a block's black point is its mean when it has
///    contrast, otherwise it inherits its neighbours' (so the solid centre of a large finder stays
///    dark); each pixel is compared with the mean black point of the surrounding 5×5 blocks.
/// 2. Every row (every second row on images over 2 Mpixel) is run-length coded and each window
///    of five runs starting on a dark run is tested for the 1:1:3:1:1 ratio (outer runs within
///    ½ module, centre within 1½ modules).
/// 3. Each hit is cross-checked vertically and horizontally at its centre (same ratio; vertical
///    length from half to twice the row's, since a code on a bottle or an arm shows its edge
///    finders squeezed across to about 0.55 of their height, and horizontal length within 20 %),
///    then along the diagonal with a looser tolerance (an affine squeeze keeps the ratio there).
/// 4. Hits within one module of each other with a compatible module size are merged; only centres
///    confirmed by at least 2 rows are reported (so modules under ~1.4 px are not found on large
///    images).
/// 5. A QR is "likely present" when 3 of them with similar module sizes form an approximately
///    right isosceles triangle (legs equal within 15 %, hypotenuse √2 × leg within 15 %) whose legs
///    are 10–190 modules long (a version 1 symbol has 14, version 40 has 170).
///
/// Works at full resolution (3 px modules at 300 dpi survive; they would not at half scale).
/// Measured with `swiftc -O` on a 2550×3300 page: ~12 ms for a page with a QR and text, ~30 ms
/// for a page of uniform random noise (the worst case: a run boundary at every other pixel).
/// Never traps: an image whose pixel count does not match `width × height` (or whose product
/// overflows), or that is smaller than 21×21, yields no candidates; otherwise every loop and
/// cross-check walk is clamped to `0..<width` × `0..<height`.
public enum QRFinderDetector {
    /// Finder-pattern centres confirmed by at least `minConfirmations` scan rows, most confirmed first.
    public static func candidates(in image: GrayImage, minConfirmations: Int = 2) -> [FinderPattern] {
        candidates(in: image, minConfirmations: minConfirmations, polarities: [false])[0]
    }

    /// The candidates of `image` and, for each `true` in `polarities`, of its inverse (equal to
    /// `candidates(in: image.inverted())`, without allocating the inverse: both share one pass
    /// of block statistics). `rowStep` overrides the rows scanned (every row, or every second on
    /// images over 2 Mpixel).
    static func candidates(in image: GrayImage, minConfirmations: Int, polarities: [Bool], rowStep: Int? = nil) -> [[FinderPattern]] {
        guard image.width >= minimumSide, image.height >= minimumSide,
              case let (count, overflow) = image.width.multipliedReportingOverflow(by: image.height),
              !overflow, image.pixels.count == count
        else { return polarities.map { _ in [] } }
        return image.pixels.withUnsafeBufferPointer { pixels -> [[FinderPattern]] in
            let statistics = QRFinderThresholds(pixels, width: image.width, height: image.height)
            return polarities.map { inverted in
                var finder = Finder(pixels: pixels, statistics: statistics, inverted: inverted, rowStep: rowStep)
                finder.scan()
                return finder.centres
                    .filter { $0.confirmations >= max(1, minConfirmations) }
                    .sorted { $0.confirmations != $1.confirmations ? $0.confirmations > $1.confirmations : ($0.y, $0.x) < ($1.y, $1.x) }
            }
        }
    }

    /// Whether `image` very likely contains a QR symbol, decodable or not.
    public static func looksLikeQR(_ image: GrayImage) -> Bool {
        symbolCorners(in: image) != nil
    }

    /// The first three finder patterns that form a plausible QR symbol, right-angle corner first.
    public static func symbolCorners(in image: GrayImage) -> [FinderPattern]? {
        triangle(among: candidates(in: image))
    }

    /// Among `patterns`, three that could be the finders of one symbol, right-angle corner first.
    public static func triangle(among patterns: [FinderPattern]) -> [FinderPattern]? {
        let pool = Array(patterns.prefix(maxTriangleCandidates))
        guard pool.count >= 3 else { return nil }
        for a in 0..<(pool.count - 2) {
            for b in (a + 1)..<(pool.count - 1) {
                for c in (b + 1)..<pool.count {
                    if let corners = rightIsosceles(pool[a], pool[b], pool[c]) { return corners }
                }
            }
        }
        return nil
    }

    /// Mean module size of the first two well-confirmed patterns (3 rows or more) that could be
    /// finders of one symbol (similar module sizes, 10-190 modules apart, or √2 × that along the
    /// diagonal), for a symbol whose third finder is lost; nil when no pair fits.
    public static func pairModuleSize(among patterns: [FinderPattern]) -> Double? {
        let pool = Array(patterns.filter { $0.confirmations >= 3 }.prefix(maxTriangleCandidates))
        guard pool.count >= 2 else { return nil }
        for a in 0..<(pool.count - 1) {
            for b in (a + 1)..<pool.count {
                let p = pool[a], q = pool[b]
                let small = min(p.moduleSize, q.moduleSize), large = max(p.moduleSize, q.moduleSize)
                guard small > 0, large <= small * maxModuleSizeRatio else { continue }
                let module = (p.moduleSize + q.moduleSize) / 2
                let modules = ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot() / module
                if modules >= legModules.lowerBound, modules <= legModules.upperBound * 2.0.squareRoot() { return module }
            }
        }
        return nil
    }

    // MARK: - Tuning

    static let minimumSide = 21
    static let blockShift = 3 // 8×8 blocks
    static let minDynamicRange = 24
    static let maxCentres = 4096
    static let everyRowLimit = 2_000_000
    static let maxTriangleCandidates = 40
    static let legTolerance = 0.15
    static let hypotenuseTolerance = 0.15
    static let maxModuleSizeRatio = 1.5
    static let legModules: ClosedRange<Double> = 10...190

    static func rightIsosceles(_ p: FinderPattern, _ q: FinderPattern, _ r: FinderPattern) -> [FinderPattern]? {
        let sizes = [p.moduleSize, q.moduleSize, r.moduleSize]
        guard let smallest = sizes.min(), let largest = sizes.max(), smallest > 0,
              largest <= smallest * maxModuleSizeRatio else { return nil }
        func distance(_ u: FinderPattern, _ v: FinderPattern) -> Double {
            ((u.x - v.x) * (u.x - v.x) + (u.y - v.y) * (u.y - v.y)).squareRoot()
        }
        // Each side paired with the vertex opposite it; the longest side is the hypotenuse.
        let sides = [(distance(q, r), p, q, r), (distance(p, r), q, p, r), (distance(p, q), r, p, q)]
            .sorted { $0.0 < $1.0 }
        let leg1 = sides[0].0, leg2 = sides[1].0, hypotenuse = sides[2].0
        guard leg1 > 0, abs(leg1 - leg2) <= legTolerance * leg2 else { return nil }
        let leg = (leg1 + leg2) / 2
        guard abs(hypotenuse - 2.0.squareRoot() * leg) <= hypotenuseTolerance * hypotenuse else { return nil }
        let module = sizes.reduce(0, +) / 3
        guard legModules.contains(leg / module) else { return nil }
        let corner = sides[2]
        return [corner.1, corner.2, corner.3]
    }

    /// Integer pre-filter equivalent to `foundPatternCross`'s tolerances (module = total / 7, outer
    /// runs within half a module, centre within 1.5 modules), cheap enough for every run window.
    @inline(__always)
    static func quickRatioCheck(_ s: (Int, Int, Int, Int, Int)) -> Bool {
        // Written without short-circuits: on noisy rows these comparisons are unpredictable.
        let total = s.0 &+ s.1 &+ s.2 &+ s.3 &+ s.4, twice = 2 &* total
        let outer = max(max(abs(14 &* s.0 &- twice), abs(14 &* s.1 &- twice)),
                        max(abs(14 &* s.3 &- twice), abs(14 &* s.4 &- twice)))
        let centre = abs(14 &* s.2 &- 3 &* twice)
        // outer < total, centre < 3 total and total >= 7, as one sign test.
        return max(max(outer &- total, centre &- 3 &* total), 6 &- total) < 0
    }

    static func foundPatternCross(_ s: (Int, Int, Int, Int, Int)) -> Bool {
        guard s.0 > 0, s.1 > 0, s.2 > 0, s.3 > 0, s.4 > 0 else { return false }
        let total = s.0 + s.1 + s.2 + s.3 + s.4
        guard total >= 7 else { return false }
        let module = Double(total) / 7, variance = module / 2
        return abs(module - Double(s.0)) < variance && abs(module - Double(s.1)) < variance
            && abs(3 * module - Double(s.2)) < 3 * variance
            && abs(module - Double(s.3)) < variance && abs(module - Double(s.4)) < variance
    }

    static func foundPatternDiagonal(_ s: (Int, Int, Int, Int, Int)) -> Bool {
        guard s.0 > 0, s.1 > 0, s.2 > 0, s.3 > 0, s.4 > 0 else { return false }
        let total = s.0 + s.1 + s.2 + s.3 + s.4
        guard total >= 7 else { return false }
        let module = Double(total) / 7, variance = module / 1.333
        return abs(module - Double(s.0)) < variance && abs(module - Double(s.1)) < variance
            && abs(3 * module - Double(s.2)) < 3 * variance
            && abs(module - Double(s.3)) < variance && abs(module - Double(s.4)) < variance
    }
}

/// The scanning state for one image; borrows the pixels for the duration of `scan()`.
private struct Finder {
    let pixels: UnsafeBufferPointer<UInt8>
    let width: Int
    let height: Int
    let blocksWide: Int
    let blocksHigh: Int
    /// Per-block threshold: a pixel is dark when `pixel <= threshold`; with `inverted`, when
    /// `pixel >= threshold` (the thresholds of the inverse, t, stored as 255 − t).
    var thresholds: [UInt8]
    /// Per block, whether every pixel of it is on one side of its threshold
    /// (`QRFinderThresholds.Binarisation`): its runs are known without reading its pixels.
    let uniformity: [UInt8]
    let inverted: Bool
    let rowStep: Int
    var centres: [FinderPattern] = []

    init(pixels: UnsafeBufferPointer<UInt8>, statistics: QRFinderThresholds, inverted: Bool, rowStep: Int?) {
        self.pixels = pixels
        width = statistics.width
        height = statistics.height
        blocksWide = statistics.blocksWide
        blocksHigh = statistics.blocksHigh
        self.inverted = inverted
        let binarisation = statistics.binarisation(inverted: inverted)
        thresholds = binarisation.thresholds
        uniformity = binarisation.uniformity
        // Every row on small images, every second row on large ones (a finder centre is 3 modules
        // tall, so 2 px modules still give 3 row hits; halves the time on a 2550×3300 page).
        self.rowStep = max(1, rowStep ?? (width * height > QRFinderDetector.everyRowLimit ? 2 : 1))
    }

    @inline(__always)
    func isDark(_ x: Int, _ y: Int) -> Bool {
        let shift = QRFinderDetector.blockShift
        let pixel = pixels[y * width + x], threshold = thresholds[(y >> shift) * blocksWide + (x >> shift)]
        return inverted ? pixel >= threshold : pixel <= threshold
    }

    mutating func scan() {
        let shift = QRFinderDetector.blockShift
        // bounds[k] is where run k starts; runs alternate dark (even k, possibly empty) and light.
        var bounds = [Int](repeating: 0, count: width + 2)
        // The blocks of the current row of blocks whose colours the coding has to look at: mixed
        // ones, and uniform ones unlike the block before (a uniform block like the uniform block
        // before it continues its run: most of a page is paper).
        var events = [Int](repeating: 0, count: blocksWide)
        var eventCount = 0, eventRow = -1
        let fullBlocks = width >> shift
        thresholds.withUnsafeBufferPointer { thresholdBuffer in
          uniformity.withUnsafeBufferPointer { uniformity in
           events.withUnsafeMutableBufferPointer { events in
            bounds.withUnsafeMutableBufferPointer { bounds in
                for y in stride(from: 0, to: height, by: rowStep) {
                    let row = y * width, thresholdRow = (y >> shift) * blocksWide
                    if y >> shift != eventRow {
                        eventRow = y >> shift
                        eventCount = 0
                        for bx in 0..<blocksWide {
                            let block = uniformity[thresholdRow &+ bx]
                            if bx == 0 || block == QRFinderThresholds.mixed || block != uniformity[thresholdRow &+ bx &- 1] {
                                events[eventCount] = bx
                                eventCount &+= 1
                            }
                        }
                    }
                    // Run-length coding without a branch per pixel (noise would mispredict every
                    // one): a pixel is light when pixel > threshold (inverted: pixel < threshold);
                    // a run starts at each pixel whose colour differs from the one before it.
                    // A uniform block is one colour, set at its start.
                    var count = 1, previousLight = 0
                    bounds[0] = 0
                    for e in 0..<eventCount {
                        let bx = events[e], x0 = bx << shift, block = uniformity[thresholdRow &+ bx]
                        if block != QRFinderThresholds.mixed {
                            let light = block == QRFinderThresholds.allLight ? 1 : 0
                            bounds[count] = x0
                            count &+= light ^ previousLight
                            previousLight = light
                            continue
                        }
                        let threshold = thresholdBuffer[thresholdRow &+ bx]
                        if bx < fullBlocks {
                            // The block's 8 colours as bits (bit i: pixel x0 + i is light), and the
                            // pixels where the colour changes.
                            let v = UnsafeRawPointer(pixels.baseAddress! + (row &+ x0)).loadUnaligned(as: SIMD8<UInt8>.self)
                            let t = SIMD8<UInt8>(repeating: threshold)
                            let light = SIMD8<UInt8>(repeating: 0).replacing(with: 0x80, where: inverted ? v .< t : v .> t)
                            let packed = (unsafeBitCast(light, to: UInt64.self) &* 0x0002_0408_1020_4081) &>> 56
                            let bits = Int(truncatingIfNeeded: packed)
                            var changes = (bits ^ ((bits << 1) | previousLight)) & 0xFF
                            while changes != 0 {
                                bounds[count] = x0 &+ changes.trailingZeroBitCount
                                count &+= 1
                                changes &= changes &- 1
                            }
                            previousLight = bits >> 7
                            continue
                        }
                        let sign = inverted ? -1 : 1
                        for x in x0..<width {
                            let difference = sign &* (Int(threshold) &- Int(pixels[row &+ x]))
                            let light = Int(bitPattern: UInt(bitPattern: difference) &>> 63)
                            bounds[count] = x
                            count &+= light ^ previousLight
                            previousLight = light
                        }
                    }
                    bounds[count] = width
                    let runCount = count
                    // Windows of five runs starting on a dark run.
                    var k = 0
                    while k + 4 < runCount {
                        let b0 = bounds[k], b1 = bounds[k + 1], b2 = bounds[k + 2]
                        let b3 = bounds[k + 3], b4 = bounds[k + 4], b5 = bounds[k + 5]
                        let s = (b1 - b0, b2 - b1, b3 - b2, b4 - b3, b5 - b4)
                        if QRFinderDetector.quickRatioCheck(s), QRFinderDetector.foundPatternCross(s) {
                            handlePossibleCenter(s, row: y, end: b5)
                            if centres.count >= QRFinderDetector.maxCentres { return }
                        }
                        k += 2
                    }
                }
            }
           }
          }
        }
    }

    static func centreFromEnd(_ s: (Int, Int, Int, Int, Int), _ end: Int) -> Double {
        Double(end - s.4 - s.3) - Double(s.2) / 2
    }

    mutating func handlePossibleCenter(_ s: (Int, Int, Int, Int, Int), row: Int, end: Int) {
        let total = s.0 + s.1 + s.2 + s.3 + s.4
        let centreX = Finder.centreFromEnd(s, end)
        guard let centreY = crossCheckVertical(startY: row, x: Int(centreX), maxCount: s.2, originalTotal: total),
              let refinedX = crossCheckHorizontal(startX: Int(centreX), y: Int(centreY), maxCount: s.2, originalTotal: total),
              crossCheckDiagonal(x: Int(refinedX), y: Int(centreY), maxCount: s.2)
        else { return }
        let module = Double(total) / 7
        for index in centres.indices {
            let c = centres[index]
            if abs(centreY - c.y) <= module && abs(refinedX - c.x) <= module {
                let difference = abs(module - c.moduleSize)
                guard difference <= 1 || difference <= c.moduleSize else { continue }
                let n = Double(c.confirmations)
                centres[index] = FinderPattern(x: (n * c.x + refinedX) / (n + 1), y: (n * c.y + centreY) / (n + 1),
                                               moduleSize: (n * c.moduleSize + module) / (n + 1),
                                               confirmations: c.confirmations + 1)
                return
            }
        }
        if centres.count < QRFinderDetector.maxCentres {
            centres.append(FinderPattern(x: refinedX, y: centreY, moduleSize: module))
        }
    }

    /// Walks up and down column `x` from `startY` through dark–light–dark; returns the centre row.
    func crossCheckVertical(startY: Int, x: Int, maxCount: Int, originalTotal: Int) -> Double? {
        guard x >= 0, x < width, startY >= 0, startY < height else { return nil }
        var s = (0, 0, 0, 0, 0)
        var y = startY
        while y >= 0 && isDark(x, y) { s.2 += 1; y -= 1 }
        guard y >= 0 else { return nil }
        while y >= 0 && !isDark(x, y) && s.1 <= maxCount { s.1 += 1; y -= 1 }
        guard y >= 0, s.1 <= maxCount else { return nil }
        while y >= 0 && isDark(x, y) && s.0 <= maxCount { s.0 += 1; y -= 1 }
        guard s.0 <= maxCount else { return nil }
        y = startY + 1
        while y < height && isDark(x, y) { s.2 += 1; y += 1 }
        guard y < height else { return nil }
        while y < height && !isDark(x, y) && s.3 < maxCount { s.3 += 1; y += 1 }
        guard y < height, s.3 < maxCount else { return nil }
        while y < height && isDark(x, y) && s.4 < maxCount { s.4 += 1; y += 1 }
        guard s.4 < maxCount else { return nil }
        let total = s.0 + s.1 + s.2 + s.3 + s.4
        guard 2 * total > originalTotal, total < 2 * originalTotal, QRFinderDetector.foundPatternCross(s) else { return nil }
        return Finder.centreFromEnd(s, y)
    }

    /// Same as `crossCheckVertical` along row `y`; returns the refined centre column.
    func crossCheckHorizontal(startX: Int, y: Int, maxCount: Int, originalTotal: Int) -> Double? {
        guard y >= 0, y < height, startX >= 0, startX < width else { return nil }
        var s = (0, 0, 0, 0, 0)
        var x = startX
        while x >= 0 && isDark(x, y) { s.2 += 1; x -= 1 }
        guard x >= 0 else { return nil }
        while x >= 0 && !isDark(x, y) && s.1 <= maxCount { s.1 += 1; x -= 1 }
        guard x >= 0, s.1 <= maxCount else { return nil }
        while x >= 0 && isDark(x, y) && s.0 <= maxCount { s.0 += 1; x -= 1 }
        guard s.0 <= maxCount else { return nil }
        x = startX + 1
        while x < width && isDark(x, y) { s.2 += 1; x += 1 }
        guard x < width else { return nil }
        while x < width && !isDark(x, y) && s.3 < maxCount { s.3 += 1; x += 1 }
        guard x < width, s.3 < maxCount else { return nil }
        while x < width && isDark(x, y) && s.4 < maxCount { s.4 += 1; x += 1 }
        guard s.4 < maxCount else { return nil }
        let total = s.0 + s.1 + s.2 + s.3 + s.4
        guard 5 * abs(total - originalTotal) < originalTotal, QRFinderDetector.foundPatternCross(s) else { return nil }
        return Finder.centreFromEnd(s, x)
    }

    /// Dark–light–dark along the main diagonal through the centre, with a looser ratio check.
    func crossCheckDiagonal(x: Int, y: Int, maxCount: Int) -> Bool {
        guard x >= 0, x < width, y >= 0, y < height else { return false }
        var s = (0, 0, 0, 0, 0)
        var i = 0
        while x >= i && y >= i && isDark(x - i, y - i) && s.2 <= maxCount { s.2 += 1; i += 1 }
        guard s.2 > 0 else { return false }
        while x >= i && y >= i && !isDark(x - i, y - i) && s.1 <= maxCount { s.1 += 1; i += 1 }
        guard s.1 > 0, s.1 <= maxCount else { return false }
        while x >= i && y >= i && isDark(x - i, y - i) && s.0 <= maxCount { s.0 += 1; i += 1 }
        guard s.0 > 0, s.0 <= maxCount else { return false }
        i = 1
        while x + i < width && y + i < height && isDark(x + i, y + i) && s.2 <= 2 * maxCount { s.2 += 1; i += 1 }
        while x + i < width && y + i < height && !isDark(x + i, y + i) && s.3 <= maxCount { s.3 += 1; i += 1 }
        guard s.3 > 0, s.3 <= maxCount else { return false }
        while x + i < width && y + i < height && isDark(x + i, y + i) && s.4 <= maxCount { s.4 += 1; i += 1 }
        guard s.4 > 0, s.4 <= maxCount else { return false }
        return QRFinderDetector.foundPatternDiagonal(s)
    }
}
