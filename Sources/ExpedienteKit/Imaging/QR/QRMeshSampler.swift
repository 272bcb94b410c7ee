/// Resamples a candidate symbol on a curved or waved surface (a label on a bottle or an arm, a
/// code printed on cloth), where no single homography fits: the two timing patterns (row and
/// column 6, alternating modules between the finders) are traced on the page, each of their
/// module boundaries giving where one column (row) of the symbol lies, so columns compressed
/// toward the edges of a cylinder or shifted by a wave are followed. The map from module
/// coordinates to the page is the translational surface of the two traced lines,
/// P(u, v) = T(u) + L(v) − P₀, exact for a surface bent about one axis seen without
/// perspective; the bottom-right alignment pattern, when found, adds a bilinear correction for
/// perspective, and on request (`grid`, version 7 and up) every alignment pattern corrects its
/// own cell of the symbol. The symbol's size comes from counting the timing modules (both
/// patterns must agree), not from the finders' spacing, which a curve distorts. The result is
/// upright with square modules of `module` pixels and a white quiet zone, for zbar to read (and
/// check).
enum QRMeshSampler {
    static let module = 6.0

    /// `corners`: right-angle finder first (page coordinates of `image`).
    /// `correct`: apply the alignment pattern's perspective correction (when it is found).
    /// `follow`: move each traced module sideways onto the timing pattern (`followed`), for waves.
    static func rectified(_ image: GrayImage, corners: [FinderPattern], inverted: Bool, correct: Bool = true,
                          follow: Bool = false) -> QRView? {
        surface(image, corners: corners, inverted: inverted, correct: correct, follow: follow)
            .flatMap { rectified(image, surface: $0, inverted: inverted) }
    }

    /// The symbol resampled upright through `surface`.
    static func rectified(_ image: GrayImage, surface: Surface, inverted: Bool) -> QRView? {
        let t = module
        let nd = Double(surface.n)
        let side = Int(((nd + 8) * t).rounded(.up))
        guard side > 0, side <= QRRectifier.maxSide else { return nil }
        let w = image.width, h = image.height
        let ink: UInt8 = inverted ? 0 : 255
        var out = [UInt8](repeating: ink, count: side * side)
        let coords = (0..<side).map { (Double($0) + 0.5) / t - 4 }
        let tops = coords.map { surface.top.point($0) }, lefts = coords.map { surface.left.point($0) }
        image.pixels.withUnsafeBufferPointer { p in
            for row in 0..<side {
                let mv = coords[row]
                guard mv >= 0, mv < nd else { continue }
                for column in 0..<side {
                    let mu = coords[column]
                    guard mu >= 0, mu < nd else { continue }
                    let (x, y) = surface.point(top: tops[column], left: lefts[row], u: mu, v: mv)
                    guard x >= 0.5, y >= 0.5, x < Double(w) - 0.5, y < Double(h) - 0.5 else { continue }
                    out[row * side + column] = GrayImage.bilinear(p, width: w, x: x - 0.5, y: y - 0.5)
                }
            }
        }
        var result = GrayImage(width: side, height: side, pixels: out)
        if inverted { result = result.inverted() }
        return QRView(result, scale: surface.module / t)
    }

    /// The map from module coordinates (u across, v down, 0 ... n) of a candidate symbol to the
    /// page: the translational surface of its two traced timing lines, plus the alignment
    /// pattern's bilinear correction.
    struct Surface {
        let n: Int
        let top: Line, left: Line
        /// Where the two timing lines cross (module 6.5, 6.5).
        let cross: (Double, Double)
        /// The alignment pattern's offset from where the lines alone put it.
        var delta = (0.0, 0.0)
        /// When set, replaces `delta`: the offsets of all alignment patterns.
        var offsets: AlignmentOffsets?
        /// The finders' mean module size, in page pixels.
        let module: Double

        func point(_ u: Double, _ v: Double) -> (Double, Double) {
            point(top: top.point(u), left: left.point(v), u: u, v: v)
        }

        /// `top`, `left`: `top.point(u)` and `left.point(v)`, computed once per row or column.
        func point(top t: (Double, Double), left l: (Double, Double), u: Double, v: Double) -> (Double, Double) {
            let c = correction(u, v)
            return (t.0 + l.0 - cross.0 + c.0, t.1 + l.1 - cross.1 + c.1)
        }

        /// The lines' point plus this, at module (u, v).
        func correction(_ u: Double, _ v: Double) -> (Double, Double) {
            if let offsets { return offsets.at(u, v) }
            let span = Double(n) - 13
            let k = (u - 6.5) / span * ((v - 6.5) / span)
            return (k * delta.0, k * delta.1)
        }
    }

    /// Offsets of the alignment patterns on the grid of their centres (module coordinates, the
    /// first on the timing lines, where the offset is zero): bilinear within a cell, extended
    /// linearly beyond the outer ones.
    struct AlignmentOffsets {
        let centres: [Double]
        /// `values[row][column]`, one per pair of centres.
        var values: [[(Double, Double)]]

        func at(_ u: Double, _ v: Double) -> (Double, Double) {
            func cell(_ x: Double) -> (Int, Double) {
                var i = 0
                while i < centres.count - 2, x >= centres[i + 1] { i += 1 }
                return (i, (x - centres[i]) / (centres[i + 1] - centres[i]))
            }
            let (i, fu) = cell(u), (j, fv) = cell(v)
            let a = values[j][i], b = values[j][i + 1], c = values[j + 1][i], d = values[j + 1][i + 1]
            func mix(_ p: Double, _ q: Double, _ r: Double, _ s: Double) -> Double {
                (p * (1 - fu) + q * fu) * (1 - fv) + (r * (1 - fu) + s * fu) * fv
            }
            return (mix(a.0, b.0, c.0, d.0), mix(a.1, b.1, c.1, d.1))
        }
    }

    /// The traced surface of the symbol whose finders are `corners` (see `rectified`); nil when
    /// the timing patterns cannot be traced or disagree on the symbol's size.
    /// `grid`: also measure every alignment pattern (versions 7 and up; nil below).
    /// `size`: the symbol's side in modules, when known (one of `sizes`): a line whose runs count
    /// otherwise is fitted to it (`QRTimingFit`).
    /// `lines`: the result of `timingLines` for the same arguments, when already traced.
    static func surface(_ image: GrayImage, corners: [FinderPattern], inverted: Bool, correct: Bool = true,
                        follow: Bool = false, grid: Bool = false, size: Int? = nil,
                        lines: (top: Line, left: Line)? = nil) -> Surface? {
        guard image.hasValidShape, image.width > 2, image.height > 2, let frame = QRFinderFrame(corners),
              let traced = lines ?? timingLines(image, corners: corners, inverted: inverted, size: size)
        else { return nil }
        var (top, left) = traced
        if follow {
            top = followed(top, image, inverted: inverted)
            left = followed(left, image, inverted: inverted)
        }
        top = withOuterEdges(top, image, inverted: inverted)
        left = withOuterEdges(left, image, inverted: inverted)
        let n = top.n
        // Both lines pass module (6.5, 6.5), where the timing patterns cross.
        let crossTop = top.point(6.5), crossLeft = left.point(6.5)
        let cross = ((crossTop.0 + crossLeft.0) / 2, (crossTop.1 + crossLeft.1) / 2)
        var surface = Surface(n: n, top: top, left: left, cross: cross, module: frame.module)
        // Perspective correction from the bottom-right alignment pattern (module N − 6.5).
        if correct, n >= 25 {
            let s = Double(n) - 6.5
            if let offset = alignmentOffset(image, surface, u: s, v: s, radius: 3, inverted: inverted) {
                surface.delta = offset
            }
        }
        if grid {
            guard n >= 45 else { return nil }
            let centres = QRSymbolLayout.alignmentCentres(version: (n - 17) / 4).map { Double($0) + 0.5 }
            var values = centres.map { v in centres.map { u in surface.correction(u, v) } }
            for j in 1..<centres.count {
                for i in 1..<centres.count {
                    if let offset = alignmentOffset(image, surface, u: centres[i], v: centres[j], radius: 2,
                                                    inverted: inverted) {
                        values[j][i] = offset
                    }
                }
            }
            surface.offsets = AlignmentOffsets(centres: centres, values: values)
        }
        return surface
    }

    /// The two timing lines of the symbol whose finders are `corners`, nil unless both trace to
    /// the same size (`size`, when given: see `surface`). `traced`: the result of `traces` for
    /// the same arguments, when already computed.
    static func timingLines(_ image: GrayImage, corners: [FinderPattern], inverted: Bool, size: Int? = nil,
                            traced: (top: Line?, left: Line?)? = nil) -> (top: Line, left: Line)? {
        guard image.hasValidShape, image.width > 2, image.height > 2, let frame = QRFinderFrame(corners) else { return nil }
        let plain = traced ?? traces(image, frame: frame, inverted: inverted)
        let a = (frame.a.x, frame.a.y), b = (frame.b.x, frame.b.y), c = (frame.c.x, frame.c.y)
        func line(_ traced: Line?, _ from: (Double, Double), _ to: (Double, Double), _ toward: (Double, Double)) -> Line? {
            guard let size, traced?.n != size else { return traced }
            return QRTimingFit.trace(image, from: from, to: to, toward: toward, span: guessSpan(frame), module: frame.module,
                                     n: size, inverted: inverted)
        }
        guard let top = line(plain.top, a, b, c), let left = line(plain.left, a, c, b), top.n == left.n else { return nil }
        return (top, left)
    }

    /// The two timing lines as their runs count them (`trace`), each nil when it does not trace.
    static func traces(_ image: GrayImage, corners: [FinderPattern], inverted: Bool) -> (top: Line?, left: Line?) {
        guard image.hasValidShape, image.width > 2, image.height > 2, let frame = QRFinderFrame(corners) else { return (nil, nil) }
        return traces(image, frame: frame, inverted: inverted)
    }

    private static func traces(_ image: GrayImage, frame: QRFinderFrame, inverted: Bool) -> (top: Line?, left: Line?) {
        let a = (frame.a.x, frame.a.y), b = (frame.b.x, frame.b.y), c = (frame.c.x, frame.c.y)
        let span = guessSpan(frame)
        return (trace(image, from: a, to: b, toward: c, span: span, module: frame.module, inverted: inverted),
                trace(image, from: a, to: c, toward: b, span: span, module: frame.module, inverted: inverted))
    }

    /// Guessed modules between finder centres (N − 7), only to place the timing lines.
    private static func guessSpan(_ frame: QRFinderFrame) -> Double { max(14, (frame.legB + frame.legC) / 2 / frame.module) }

    /// The sizes (modules per side) the two traced timing lines count when they disagree, or
    /// only one of them traces: the candidates for `timingLines(size:)`. Empty when both agree
    /// or neither traces.
    static func sizes(of traced: (top: Line?, left: Line?)) -> [Int] {
        guard traced.top?.n != traced.left?.n else { return [] }
        return [traced.top?.n, traced.left?.n].compactMap { $0 }
    }

    /// Offset of the alignment pattern centred at module (u, v) from where the timing lines alone
    /// put it, searched within `radius` modules of where `surface` puts it.
    static func alignmentOffset(_ image: GrayImage, _ surface: Surface, u s: Double, v t: Double, radius: Double,
                                inverted: Bool) -> (Double, Double)? {
        let guess = surface.point(s, t)
        let du = surface.point(s + 0.5, t), dv = surface.point(s, t + 0.5)
        let u = ((du.0 - guess.0) * 2, (du.1 - guess.1) * 2), v = ((dv.0 - guess.0) * 2, (dv.1 - guess.1) * 2)
        let unit = max(0.5, ((u.0 * u.0 + u.1 * u.1).squareRoot() + (v.0 * v.0 + v.1 * v.1).squareRoot()) / 2)
        guard let found = QRPerspective.alignment(near: guess, u: u, v: v, radius: radius * unit, image,
                                                  inverted: inverted) else { return nil }
        let correction = surface.correction(s, t)
        return (found.0 - guess.0 + correction.0, found.1 - guess.1 + correction.1)
    }

    /// Three finder patterns forming a right angle with legs within 35 % of each other and module
    /// sizes within a factor 1.6: looser than `QRFinderDetector.triangle`, for symbols on curved
    /// surfaces, whose finders are unevenly spaced and sized. Right-angle finder first. At most
    /// the 12 best-confirmed candidates are combined (220 triples).
    static func looseTriangle(among patterns: [FinderPattern]) -> [FinderPattern]? {
        let p = Array(patterns.sorted { $0.confirmations > $1.confirmations }.prefix(12))
        guard p.count >= 3 else { return nil }
        var best: (score: Double, corners: [FinderPattern])?
        for i in p.indices {
            for j in p.indices where j != i {
                for k in p.indices where k > j && k != i {
                    let a = p[i], b = p[j], c = p[k]
                    let sizes = [a.moduleSize, b.moduleSize, c.moduleSize]
                    guard let small = sizes.min(), let large = sizes.max(), small > 0, large < 1.6 * small else { continue }
                    let ub = (b.x - a.x, b.y - a.y), uc = (c.x - a.x, c.y - a.y)
                    let lb = (ub.0 * ub.0 + ub.1 * ub.1).squareRoot(), lc = (uc.0 * uc.0 + uc.1 * uc.1).squareRoot()
                    guard min(lb, lc) > 0, max(lb, lc) < 1.35 * min(lb, lc) else { continue }
                    let cosine = (ub.0 * uc.0 + ub.1 * uc.1) / (lb * lc)
                    let modules = (lb + lc) / 2 / ((sizes[0] + sizes[1] + sizes[2]) / 3)
                    guard abs(cosine) < 0.3, (10...190).contains(modules) else { continue }
                    let score = abs(cosine) + abs(lb / lc - 1)
                    if score < (best?.score ?? .infinity) { best = (score, [a, b, c]) }
                }
            }
        }
        return best?.corners
    }

    /// The line with each timing module moved across it (up to 0.9 module each way) to where
    /// it and its neighbours alternate with the most contrast, the shifts smoothed: a timing
    /// pattern on waved cloth is not straight.
    static func followed(_ line: Line, _ image: GrayImage, inverted: Bool) -> Line {
        let k = line.knots
        guard k.count >= 6 else { return line }
        let dx = k[k.count - 1].x - k[0].x, dy = k[k.count - 1].y - k[0].y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return line }
        let nx = -dy / length, ny = dx / length
        // Timing module centres between consecutive boundary knots (1 ... count − 2).
        let centres = (1..<(k.count - 2)).map { i -> (x: Double, y: Double, size: Double) in
            let ex = k[i + 1].x - k[i].x, ey = k[i + 1].y - k[i].y
            return ((k[i].x + k[i + 1].x) / 2, (k[i].y + k[i + 1].y) / 2, (ex * ex + ey * ey).squareRoot())
        }
        guard centres.count >= 3 else { return line }
        let w = image.width, h = image.height
        let offsets: [Double] = image.pixels.withUnsafeBufferPointer { p in
            func value(_ j: Int, _ o: Double) -> Double? {
                let c = centres[j]
                let x = c.x + o * c.size * nx - 0.5, y = c.y + o * c.size * ny - 0.5
                guard x >= 0, y >= 0, x < Double(w - 1), y < Double(h - 1) else { return nil }
                let v = Double(GrayImage.bilinear(p, width: w, x: x, y: y))
                return inverted ? 255 - v : v
            }
            return centres.indices.map { i in
                var best = (score: -1.0, offset: 0.0)
                for step in -6...6 {
                    let o = Double(step) * 0.15
                    var score = 0.0
                    for j in max(0, i - 1)..<min(centres.count - 1, i + 1) {
                        guard let v0 = value(j, o), let v1 = value(j + 1, o) else { continue }
                        score += abs(v0 - v1)
                    }
                    if score > best.score + 1e-9 || (abs(score - best.score) < 1e-9 && abs(o) < abs(best.offset)) { best = (score, o) }
                }
                return best.offset
            }
        }
        var smooth = offsets
        for _ in 0..<2 {
            var next = smooth
            for i in smooth.indices {
                let l = smooth[max(0, i - 1)], r = smooth[min(smooth.count - 1, i + 1)]
                next[i] = (l + 2 * smooth[i] + r) / 4
            }
            smooth = next
        }
        var knots = k
        for i in knots.indices {
            // Knot i lies between centres i − 2 and i − 1 (knot 0 and the last are the finders').
            let lo = min(max(0, i - 2), smooth.count - 1), hi = min(max(0, i - 1), smooth.count - 1)
            let ci = min(max(0, i - 1), centres.count - 1)
            let shift = (smooth[lo] + smooth[hi]) / 2 * centres[ci].size
            knots[i] = (knots[i].u, knots[i].x + shift * nx, knots[i].y + shift * ny)
        }
        return Line(n: line.n, start: line.start, knots: knots)
    }

    /// The line with knots at modules 0 and N where the finders' outer edges are found beyond
    /// its ends (`outerEdge`): a cylinder compresses the modules toward its edges, so the last
    /// module spacing, extended over the finder's 3.5 modules, overshoots the symbol there.
    static func withOuterEdges(_ line: Line, _ image: GrayImage, inverted: Bool) -> Line {
        let k = line.knots
        guard k.count >= 6, k[0].u == 3.5, k[k.count - 1].u == Double(line.n) - 3.5 else { return line }
        func edge(_ centre: Int, _ inner: Int, _ further: Int) -> (u: Double, x: Double, y: Double)? {
            let c = k[centre], i = k[inner], f = k[further]
            let reach = ((c.x - i.x) * (c.x - i.x) + (c.y - i.y) * (c.y - i.y)).squareRoot()
            let spacing = ((i.x - f.x) * (i.x - f.x) + (i.y - f.y) * (i.y - f.y)).squareRoot() / 2
            guard reach > 0, spacing > 0 else { return nil }
            let d = ((c.x - i.x) / reach, (c.y - i.y) / reach)
            guard let distance = outerEdge(image, from: (c.x, c.y), direction: d, spacing: spacing, inverted: inverted),
                  distance > 0.4 * reach, distance < 1.25 * reach else { return nil }
            let u = centre == 0 ? 0 : Double(line.n)
            return (u, c.x + distance * d.0, c.y + distance * d.1)
        }
        var knots = k
        if let first = edge(0, 1, 3) { knots.insert(first, at: 0) }
        if let last = edge(k.count - 1, k.count - 2, k.count - 4) { knots.append(last) }
        return Line(n: line.n, start: line.start, knots: knots)
    }

    /// Distance from a finder's centre, along the timing line through its dark outer ring, to
    /// where that ring meets the quiet zone: the first rise above the middle of the ring's and
    /// the quiet zone's levels, searched from 1.2 to 5.5 `spacing` (the next inner module's
    /// width) out, that then stays light for 1.2 `spacing`; nil without a clear step there.
    static func outerEdge(_ image: GrayImage, from c: (Double, Double), direction d: (Double, Double), spacing: Double,
                          inverted: Bool) -> Double? {
        let step = 1.0 / 3
        let count = Int(7 * spacing / step) + 1
        guard count >= 12, count < 10_000 else { return nil }
        guard let samples = profile(image, count: count, inverted: inverted, at: { j in
            (c.0 + Double(j) * step * d.0 - 0.5, c.1 + Double(j) * step * d.1 - 0.5)
        }) else { return nil }
        let smooth = boxSmoothed(samples)
        func index(_ modules: Double) -> Int { min(count - 1, Int(modules * spacing / step)) }
        let ringEnd = max(1, index(1))
        let dark = samples[0..<ringEnd].reduce(0, +) / Double(ringEnd)
        guard let light = smooth[index(2)...].max(), light - dark > 40 else { return nil }
        let middle = (dark + light) / 2
        let hold = max(1, index(1.2))
        for j in max(1, index(1.2))...index(5.5) where smooth[j] > middle && smooth[j - 1] <= middle {
            guard j + hold < count, smooth[j...(j + hold)].allSatisfy({ $0 > middle }) else { continue }
            let f = (middle - smooth[j - 1]) / (smooth[j] - smooth[j - 1])
            return (Double(j - 1) + f) * step
        }
        return nil
    }

    /// Grey levels (inverted when asked) at `count` page points, bilinear; nil when a point
    /// falls outside the image.
    static func profile(_ image: GrayImage, count: Int, inverted: Bool,
                        at point: (Int) -> (x: Double, y: Double)) -> [Double]? {
        let w = image.width, h = image.height
        var profile = [Double](repeating: 0, count: count)
        let ok = image.pixels.withUnsafeBufferPointer { px -> Bool in
            for j in 0..<count {
                let (x, y) = point(j)
                guard x >= 0, y >= 0, x < Double(w - 1), y < Double(h - 1) else { return false }
                let value = Double(GrayImage.bilinear(px, width: w, x: x, y: y))
                profile[j] = inverted ? 255 - value : value
            }
            return true
        }
        return ok ? profile : nil
    }

    /// A box of 9 samples (3 px at 3 samples per pixel), against fabric texture and noise.
    static func boxSmoothed(_ profile: [Double]) -> [Double] {
        let count = profile.count
        var prefix = [Double](repeating: 0, count: count + 1)
        for k in 0..<count { prefix[k + 1] = prefix[k] + profile[k] }
        return (0..<count).map { k in
            let lo = max(0, k - 4), hi = min(count, k + 5)
            return (prefix[hi] - prefix[lo]) / Double(hi - lo)
        }
    }

    /// One traced timing line: module coordinate along it → page point.
    struct Line {
        /// Symbol side in modules (17 + 4 × version).
        let n: Int
        let start: (Double, Double)
        /// Module coordinates (increasing) and their page points.
        let knots: [(u: Double, x: Double, y: Double)]

        /// The line of the profile of `count` samples from `p` to `q` (finder centre levels)
        /// whose runs change colour at `boundaries` (sample indices; module coordinates
        /// 7 ... N − 7), smoothed 1-2-1 so that the threshold's bias (dark runs wider or narrower
        /// than light ones) cancels.
        init(n: Int, _ p: (Double, Double), _ q: (Double, Double), count: Int, boundaries: [Int]) {
            var bounds = boundaries.map { Double($0) - 0.5 }
            if bounds.count >= 3 {
                var smooth = bounds
                for i in 1..<(bounds.count - 1) { smooth[i] = (bounds[i - 1] + 2 * bounds[i] + bounds[i + 1]) / 4 }
                bounds = smooth
            }
            var knots: [(u: Double, x: Double, y: Double)] = [(3.5, p.0, p.1)]
            for (i, k) in bounds.enumerated() {
                let f = k / Double(count - 1)
                knots.append((Double(7 + i), p.0 + f * (q.0 - p.0), p.1 + f * (q.1 - p.1)))
            }
            knots.append((Double(n) - 3.5, q.0, q.1))
            self.init(n: n, start: p, knots: knots)
        }

        init(n: Int, start: (Double, Double), knots: [(u: Double, x: Double, y: Double)]) {
            self.n = n
            self.start = start
            self.knots = knots
        }

        /// Piecewise linear between knots, extended linearly beyond the first and last.
        func point(_ u: Double) -> (Double, Double) {
            var i = 0
            if u >= knots[knots.count - 1].u {
                i = knots.count - 2
            } else if u > knots[0].u {
                var lo = 0, hi = knots.count - 1
                while hi - lo > 1 {
                    let mid = (lo + hi) / 2
                    if knots[mid].u <= u { lo = mid } else { hi = mid }
                }
                i = lo
            }
            let k0 = knots[i], k1 = knots[i + 1]
            let f = (u - k0.u) / (k1.u - k0.u)
            return (k0.x + f * (k1.x - k0.x), k0.y + f * (k1.y - k0.y))
        }
    }

    /// The timing pattern between the finders centred at `from` and `to` (3 modules toward the
    /// third finder `toward`): the offset that shows the expected alternation best, tried at
    /// both ends independently, its runs between the finders counted and their boundaries kept.
    static func trace(_ image: GrayImage, from: (Double, Double), to: (Double, Double), toward: (Double, Double),
                      span: Double, module: Double, inverted: Bool) -> Line? {
        let ox = (toward.0 - from.0) / span, oy = (toward.1 - from.1) / span
        let length = ((to.0 - from.0) * (to.0 - from.0) + (to.1 - from.1) * (to.1 - from.1)).squareRoot()
        guard length > 10, (ox * ox + oy * oy) > 0.25 else { return nil }
        var best: (score: Double, line: Line)?
        // The finders' module estimate can be far off on waved cloth: 1 to 4.5 of its modules.
        let factors = stride(from: 1.0, through: 4.5, by: 0.25).map { $0 }
        for oa in factors {
            for ob in factors where abs(ob - oa) <= 1.25 {
                let p = (from.0 + oa * ox, from.1 + oa * oy), q = (to.0 + ob * ox, to.1 + ob * oy)
                guard let (line, score) = runs(image, p, q, module: module, inverted: inverted),
                      score > (best?.score ?? 0) else { continue }
                best = (score, line)
            }
        }
        return best?.line
    }

    /// Samples `p` → `q` (finder centre level to finder centre level), thresholds against a
    /// moving mean, and reads dark, then N − 14 alternating runs from light to light, then dark.
    static func runs(_ image: GrayImage, _ p: (Double, Double), _ q: (Double, Double), module: Double,
                     inverted: Bool) -> (Line, Double)? {
        let length = ((q.0 - p.0) * (q.0 - p.0) + (q.1 - p.1) * (q.1 - p.1)).squareRoot()
        let count = Int((length * 3).rounded(.up)) + 1
        guard count >= 30, count < 100_000 else { return nil }
        guard let raw = Self.profile(image, count: count, inverted: inverted, at: { k in
            let f = Double(k) / Double(count - 1)
            return (p.0 + f * (q.0 - p.0) - 0.5, p.1 + f * (q.1 - p.1) - 0.5)
        }) else { return nil }
        let profile = boxSmoothed(raw)
        let sorted = profile.sorted()
        let hysteresis = 0.1 * (sorted[count * 9 / 10] - sorted[count / 10])
        // Moving mean over about 5 modules (3 samples per pixel).
        let radius = max(4, Int(7.5 * module))
        var prefix = [Double](repeating: 0, count: count + 1)
        for k in 0..<count { prefix[k + 1] = prefix[k] + profile[k] }
        var dark = [Bool](repeating: false, count: count)
        for k in 0..<count {
            let lo = max(0, k - radius), hi = min(count, k + radius + 1)
            let mean = (prefix[hi] - prefix[lo]) / Double(hi - lo)
            // Within the hysteresis band a sample keeps its predecessor's colour.
            if profile[k] < mean - hysteresis { dark[k] = true } else if profile[k] > mean + hysteresis { dark[k] = false } else { dark[k] = k > 0 ? dark[k - 1] : profile[k] < mean }
        }
        // Runs, then runs shorter than a third of the median merged into their neighbours.
        var runs: [(dark: Bool, start: Int, end: Int)] = []
        for k in 0..<count {
            if let last = runs.last, last.dark == dark[k] { runs[runs.count - 1].end = k + 1 } else { runs.append((dark[k], k, k + 1)) }
        }
        guard runs.count >= 9, runs.first!.dark, runs.last!.dark else { return nil }
        let inner = runs[1..<(runs.count - 1)].map { $0.end - $0.start }.sorted()
        let median = Double(inner[inner.count / 2])
        var merged: [(dark: Bool, start: Int, end: Int)] = []
        for run in runs {
            if let last = merged.last, Double(run.end - run.start) < median / 3 || last.dark == run.dark {
                merged[merged.count - 1].end = run.end
            } else {
                merged.append(run)
            }
        }
        // Re-join same-colour neighbours left by the merge.
        var clean: [(dark: Bool, start: Int, end: Int)] = []
        for run in merged {
            if let last = clean.last, last.dark == run.dark { clean[clean.count - 1].end = run.end } else { clean.append(run) }
        }
        let innerCount = clean.count - 2
        let n = innerCount + 14
        guard clean.count >= 9, clean.first!.dark, clean.last!.dark, n % 4 == 1, (25...177).contains(n) else { return nil }
        // Inner runs must be modules: each within 0.25-2.5 of the median (curves compress the ends).
        let sizes = clean[1..<(clean.count - 1)].map { Double($0.end - $0.start) }
        let m = sizes.sorted()[sizes.count / 2]
        guard sizes.allSatisfy({ $0 > 0.25 * m && $0 < 2.5 * m }) else { return nil }
        // The finder centres sit 3.5 modules before and after the first and last boundary.
        let firstRun = Double(clean[0].end - clean[0].start), lastRun = Double(clean[clean.count - 1].end - clean[clean.count - 1].start)
        guard firstRun > 1.2 * m, firstRun < 6 * m, lastRun > 1.2 * m, lastRun < 6 * m else { return nil }
        let line = Line(n: n, p, q, count: count, boundaries: (1..<clean.count).map { clean[$0].start })
        // Contrast of the alternation, per module, as the score.
        var score = 0.0
        for run in clean[1..<(clean.count - 1)] {
            let mean = (prefix[run.end] - prefix[run.start]) / Double(run.end - run.start)
            let local = (prefix[min(count, run.end + radius)] - prefix[max(0, run.start - radius)]) / Double(min(count, run.end + radius) - max(0, run.start - radius))
            score += abs(mean - local)
        }
        return (line, score / Double(innerCount))
    }
}
