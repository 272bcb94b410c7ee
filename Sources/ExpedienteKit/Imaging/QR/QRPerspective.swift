/// Projective rectification of a candidate symbol: the three finder centres and the
/// bottom-right alignment pattern (versions 2 and up), found near where an affine frame puts
/// it, give a homography from module coordinates to the page; the symbol is resampled upright
/// with square modules of `QRRectifier.targetModule`-`maxModule` pixels and a light quiet zone.
enum QRPerspective {
    /// `corners`: right-angle finder first (page coordinates of `image`).
    static func rectified(_ image: GrayImage, corners: [FinderPattern], inverted: Bool) -> QRView? {
        homography(image, corners: corners, inverted: inverted).flatMap { rectified(image, $0, inverted: inverted) }
    }

    /// The symbol resampled upright through a homography of `homography(_:corners:inverted:)`.
    static func rectified(_ image: GrayImage, _ projection: Projection, inverted: Bool) -> QRView? {
        resampled(image, n: Double(projection.n), homography: projection.homography, module: projection.module,
                  inverted: inverted)
    }

    /// A homography from module coordinates to the page, the symbol's size in modules and the
    /// finders' mean module size in pixels.
    typealias Projection = (homography: Homography, n: Int, module: Double)

    /// The homography through the three finder centres and the bottom-right alignment pattern,
    /// the size `n` from the finders' spacing.
    static func homography(_ image: GrayImage, corners: [FinderPattern], inverted: Bool) -> Projection? {
        guard image.hasValidShape, let frame = QRFinderFrame(corners) else { return nil }
        let (a, b, c, module, legB, legC) = (frame.a, frame.b, frame.c, frame.module, frame.legB, frame.legC)
        // Modules per side: finder centres are N − 7 modules apart; N = 17 + 4 × version.
        let version = Int((((legB + legC) / 2 / module + 7 - 17) / 4).rounded())
        guard (2...40).contains(version) else { return nil }
        let n = Double(17 + 4 * version)
        let span = n - 7
        let ux = (b.x - a.x) / span, uy = (b.y - a.y) / span, vx = (c.x - a.x) / span, vy = (c.y - a.y) / span
        // Affine guess of the alignment centre (module N − 6.5 on both axes), then the best match
        // of its 5×5-module pattern within 8 modules.
        let s = (n - 10) / span
        let guessX = a.x + s * (b.x - a.x) + s * (c.x - a.x), guessY = a.y + s * (b.y - a.y) + s * (c.y - a.y)
        guard let d = alignment(near: (guessX, guessY), u: (ux, uy), v: (vx, vy), radius: 8 * module, image, inverted: inverted),
              let h = through(finders: [(a.x, a.y), (b.x, b.y), (c.x, c.y)], alignment: d, n: n)
        else { return nil }
        return (h, Int(n), module)
    }

    /// The same from the traced timing lines of `surface` (their module boundaries foreshorten
    /// with the perspective, which the finders' affine frame misses: on a large symbol tilted by
    /// 10 % the affine guess of the alignment pattern is 10 to 16 modules off): a homography
    /// fitted by least squares to both lines and the finder centres puts the alignment pattern,
    /// which is then searched within 3 modules.
    static func rectified(_ image: GrayImage, corners: [FinderPattern], surface: QRMeshSampler.Surface,
                          inverted: Bool) -> QRView? {
        guard image.hasValidShape, let frame = QRFinderFrame(corners), surface.n >= 25 else { return nil }
        let n = Double(surface.n)
        let finders = [(frame.a.x, frame.a.y), (frame.b.x, frame.b.y), (frame.c.x, frame.c.y)]
        var source = finderCentres(n), target = finders
        for knot in surface.top.knots { source.append((knot.u, 6.5)); target.append((knot.x, knot.y)) }
        for knot in surface.left.knots { source.append((6.5, knot.u)); target.append((knot.x, knot.y)) }
        guard let fit = Homography(fitting: source, to: target) else { return nil }
        let s = n - 6.5
        guard let guess = fit.map(s, s), let pu = fit.map(s + 1, s), let pv = fit.map(s, s + 1) else { return nil }
        let u = (pu.0 - guess.0, pu.1 - guess.1), v = (pv.0 - guess.0, pv.1 - guess.1)
        let unit = ((u.0 * u.0 + u.1 * u.1).squareRoot() + (v.0 * v.0 + v.1 * v.1).squareRoot()) / 2
        guard unit.isFinite, unit > 0.5,
              let d = alignment(near: guess, u: u, v: v, radius: 3 * unit, image, inverted: inverted),
              let h = through(finders: finders, alignment: d, n: n)
        else { return nil }
        return resampled(image, n: n, homography: h, module: frame.module, inverted: inverted)
    }

    /// The homography that puts the finder centres and the bottom-right alignment centre of a
    /// symbol of `n` modules at those page points.
    private static func through(finders: [(Double, Double)], alignment: (Double, Double), n: Double) -> Homography? {
        Homography(from: finderCentres(n) + [(n - 6.5, n - 6.5)], to: finders + [alignment])
    }

    /// Module coordinates of the three finder centres of a symbol of `n` modules, right-angle
    /// finder first (the order of `corners`).
    static func finderCentres(_ n: Double) -> [(Double, Double)] { [(3.5, 3.5), (n - 3.5, 3.5), (3.5, n - 3.5)] }

    /// The symbol of `n` modules resampled upright through `h` (module coordinates to the page).
    private static func resampled(_ image: GrayImage, n: Double, homography h: Homography,
                                  module: Double, inverted: Bool) -> QRView? {
        let t = min(QRRectifier.maxModule, max(QRRectifier.targetModule, module))
        let side = Int(((n + 8) * t).rounded(.up))
        guard side > 0, side <= QRRectifier.maxSide else { return nil }
        let w = image.width, hgt = image.height
        var out = [UInt8](repeating: inverted ? 0 : 255, count: side * side)
        image.pixels.withUnsafeBufferPointer { p in
            for row in 0..<side {
                let mv = (Double(row) + 0.5) / t - 4
                for column in 0..<side {
                    let mu = (Double(column) + 0.5) / t - 4
                    guard let (x0, y0) = h.map(mu, mv) else { continue }
                    let x = x0 - 0.5, y = y0 - 0.5
                    guard x >= 0, y >= 0, x < Double(w - 1), y < Double(hgt - 1) else { continue }
                    out[row * side + column] = GrayImage.bilinear(p, width: w, x: x, y: y)
                }
            }
        }
        var result = GrayImage(width: side, height: side, pixels: out)
        if inverted { result = result.inverted() }
        return QRView(result, scale: module / t)
    }

    /// Centre of the best alignment-pattern match (dark ring, light ring, dark centre) near `guess`.
    static func alignment(near guess: (Double, Double), u: (Double, Double), v: (Double, Double),
                                  radius: Double, _ image: GrayImage, inverted: Bool) -> (Double, Double)? {
        let w = image.width, h = image.height
        func value(_ x: Double, _ y: Double) -> Double? {
            let ix = Int(x.rounded()), iy = Int(y.rounded())
            guard ix >= 0, iy >= 0, ix < w, iy < h else { return nil }
            let p = Double(image.pixels[iy * w + ix])
            return inverted ? 255 - p : p
        }
        let r = Int(radius.rounded(.up)), step = max(1, r / 40)
        var best: (score: Double, x: Double, y: Double)?
        for dy in stride(from: -r, through: r, by: step) {
            for dx in stride(from: -r, through: r, by: step) {
                let cx = guess.0 + Double(dx), cy = guess.1 + Double(dy)
                var dark = 0.0, light = 0.0, darkCount = 0.0, lightCount = 0.0, inside = true
                for j in -2...2 {
                    for i in -2...2 {
                        guard let p = value(cx + Double(i) * u.0 + Double(j) * v.0, cy + Double(i) * u.1 + Double(j) * v.1) else {
                            inside = false
                            break
                        }
                        if max(abs(i), abs(j)) == 1 { light += p; lightCount += 1 } else { dark += p; darkCount += 1 }
                    }
                    if !inside { break }
                }
                guard inside else { continue }
                let score = light / lightCount - dark / darkCount
                if score > (best?.score ?? 10) { best = (score, cx, cy) }
            }
        }
        return best.map { ($0.x, $0.y) }
    }
}

/// A plane projective map fitted exactly to four point pairs.
struct Homography {
    private let m: [Double] // h11 h12 h13 h21 h22 h23 h31 h32 (h33 = 1)

    init?(from source: [(Double, Double)], to target: [(Double, Double)]) {
        guard source.count == 4, target.count == 4 else { return nil }
        var rows: [[Double]] = []
        for k in 0..<4 {
            let (x, y) = source[k], (X, Y) = target[k]
            rows.append([x, y, 1, 0, 0, 0, -x * X, -y * X, X])
            rows.append([0, 0, 0, x, y, 1, -x * Y, -y * Y, Y])
        }
        guard let m = Self.solved(rows) else { return nil }
        self.m = m
    }

    /// The solution of an n×(n+1) augmented system by Gaussian elimination with partial
    /// pivoting (also the least-squares planes of `QRGridEqualizer`).
    static func solved(_ system: [[Double]]) -> [Double]? {
        var rows = system
        let size = rows.count
        guard rows.allSatisfy({ $0.count == size + 1 }) else { return nil }
        for column in 0..<size {
            guard let pivot = (column..<size).max(by: { abs(rows[$0][column]) < abs(rows[$1][column]) }),
                  abs(rows[pivot][column]) > 1e-12 else { return nil }
            rows.swapAt(column, pivot)
            for r in 0..<size where r != column {
                let f = rows[r][column] / rows[column][column]
                if f != 0 { for c in column...size { rows[r][c] -= f * rows[column][c] } }
            }
        }
        let m = (0..<size).map { rows[$0][size] / rows[$0][$0] }
        return m.allSatisfy(\.isFinite) ? m : nil
    }

    /// The homography closest (least squares) to many point pairs, at least four. Both sides
    /// are first centred and scaled to unit spread, so that the normal equations stay well
    /// conditioned; the fit is then rebuilt exactly through four mapped points.
    init?(fitting source: [(Double, Double)], to target: [(Double, Double)]) {
        guard source.count >= 4, source.count == target.count,
              let ns = Normalization(source), let nt = Normalization(target) else { return nil }
        var normal = [[Double]](repeating: [Double](repeating: 0, count: 9), count: 8)
        for (p, q) in zip(source, target) {
            let (x, y) = ns.apply(p), (X, Y) = nt.apply(q)
            for row in [[x, y, 1, 0, 0, 0, -x * X, -y * X, X], [0, 0, 0, x, y, 1, -x * Y, -y * Y, Y]] {
                for i in 0..<8 { for j in 0..<9 { normal[i][j] += row[i] * row[j] } }
            }
        }
        guard let m = Self.solved(normal) else { return nil }
        let fitted = Homography(m)
        let corners = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]
        let mapped = corners.compactMap { fitted.map($0.0, $0.1) }
        guard mapped.count == 4 else { return nil }
        self.init(from: corners.map { ns.undo($0) }, to: mapped.map { nt.undo($0) })
    }

    private init(_ m: [Double]) { self.m = m }

    /// Points centred on their mean and scaled to unit mean distance from it.
    private struct Normalization {
        let cx: Double, cy: Double, scale: Double
        init?(_ points: [(Double, Double)]) {
            let count = Double(points.count)
            cx = points.reduce(0) { $0 + $1.0 } / count
            cy = points.reduce(0) { $0 + $1.1 } / count
            let (mx, my) = (cx, cy)
            let spread = points.reduce(0) { $0 + (($1.0 - mx) * ($1.0 - mx) + ($1.1 - my) * ($1.1 - my)).squareRoot() } / count
            guard spread.isFinite, spread > 1e-9 else { return nil }
            scale = 1 / spread
        }
        func apply(_ p: (Double, Double)) -> (Double, Double) { ((p.0 - cx) * scale, (p.1 - cy) * scale) }
        func undo(_ p: (Double, Double)) -> (Double, Double) { (p.0 / scale + cx, p.1 / scale + cy) }
    }

    func map(_ x: Double, _ y: Double) -> (Double, Double)? {
        let z = m[6] * x + m[7] * y + 1
        guard abs(z) > 1e-9 else { return nil }
        return ((m[0] * x + m[1] * y + m[2]) / z, (m[3] * x + m[4] * y + m[5]) / z)
    }
}
