import ExpedienteKit

/// What goes wrong between the document and the file: the defects validators reject by eye,
/// applied to a rendered page before JPEG encoding.
public enum PageDegradation: Sendable, Hashable {
    /// Only the paper: the back of the sheet or an empty scanner bed, at this gray level.
    case blank(paper: UInt8)
    /// Gaussian blur of this standard deviation in pixels of the page (out of focus, moved).
    case blur(sigma: Double)
    /// Additive Gaussian noise of this standard deviation in levels (seeded: reproducible).
    case noise(sigma: Double, seed: UInt64)
    /// Every pixel pulled toward the paper: ink keeps `factor` of its difference (washed out).
    case contrast(factor: Double)
    /// Every level multiplied by `factor` (underexposed, lid open).
    case brightness(factor: Double)
    /// Turned clockwise a quarter turn (the image becomes landscape).
    case quarterTurn
    /// Turned half a turn (upside down).
    case halfTurn
    /// The page reduced to `scale` of the image, centred on a dark table of gray level `table`.
    case onTable(scale: Double, table: UInt8)

    func apply(to image: RasterImage) -> RasterImage {
        var out = image
        switch self {
        case .blank(let paper):
            out.pixels = [UInt8](repeating: paper, count: image.pixels.count)
        case .blur(let sigma):
            out.boxBlur(radii: Self.boxRadii(sigma: sigma))
        case .noise(let sigma, let seed):
            var rng = SplitMix64(seed: seed)
            out.pixels.withUnsafeMutableBufferPointer { p in
                var i = 0
                while i < p.count {
                    // Box-Muller: two normal samples per pair of uniform draws.
                    let u1 = max(rng.unit(), 1e-12), u2 = rng.unit()
                    let radius = (-2 * logApprox(u1)).squareRoot() * sigma, angle = 2 * Double.pi * u2
                    p[i] = UInt8(clamping: Int((Double(p[i]) + radius * cosApprox(angle)).rounded()))
                    if i + 1 < p.count {
                        p[i + 1] = UInt8(clamping: Int((Double(p[i + 1]) + radius * sinApprox(angle)).rounded()))
                    }
                    i += 2
                }
            }
        case .contrast(let factor):
            out.mapLevels { 255 - (255 - $0) * factor }
        case .brightness(let factor):
            out.mapLevels { $0 * factor }
        case .quarterTurn:
            out = image.turnedClockwise()
        case .halfTurn:
            out.pixels = image.pixelsReversedByPixel()
        case .onTable(let scale, let table):
            out = image.onTable(scale: scale, table: table)
        }
        return out
    }

    /// Three box radii whose successive passes approximate a Gaussian of `sigma` (Kovesi 2010).
    static func boxRadii(sigma: Double) -> [Int] {
        guard sigma > 0 else { return [] }
        let ideal = (12 * sigma * sigma / 3 + 1).squareRoot()
        var lower = Int(ideal.rounded(.down))
        if lower % 2 == 0 { lower -= 1 }
        let upper = lower + 2
        let m = ((12 * sigma * sigma - 3 * Double(lower * lower) - 12 * Double(lower) - 9) / (-4 * Double(lower) - 4)).rounded()
        return (0..<3).map { Double($0) < m ? (lower - 1) / 2 : (upper - 1) / 2 }
    }
}

/// Natural logarithm through the binary exponent and a short series: the samples avoid
/// Foundation's libm calls, whose last bits may differ between platforms.
func logApprox(_ x: Double) -> Double {
    let exponent = Double(x.exponent)
    let mantissa = x.significand // [1, 2)
    let t = (mantissa - 1) / (mantissa + 1), t2 = t * t
    var term = t, sum = 0.0
    for k in stride(from: 1, through: 19, by: 2) {
        sum += term / Double(k)
        term *= t2
    }
    return 2 * sum + exponent * 0.693_147_180_559_945_3
}

extension RasterImage {
    mutating func mapLevels(_ transform: (Double) -> Double) {
        let table = (0..<256).map { UInt8(clamping: Int(transform(Double($0)).rounded())) }
        pixels.withUnsafeMutableBufferPointer { p in
            for i in 0..<p.count { p[i] = table[Int(p[i])] }
        }
    }

    /// Successive horizontal and vertical box filters of the given radii (running sums, edge
    /// pixels repeated), each component on its own.
    mutating func boxBlur(radii: [Int]) {
        let (w, h, c) = (width, height, components)
        var scratch = [UInt8](repeating: 0, count: max(w, h))
        pixels.withUnsafeMutableBufferPointer { p in
            scratch.withUnsafeMutableBufferPointer { line in
                for radius in radii where radius > 0 {
                    for k in 0..<c {
                        for y in 0..<h { Self.boxPass(p, start: (y * w) * c + k, stride: c, count: w, radius: radius, line: line) }
                        for x in 0..<w { Self.boxPass(p, start: x * c + k, stride: w * c, count: h, radius: radius, line: line) }
                    }
                }
            }
        }
    }

    private static func boxPass(_ p: UnsafeMutableBufferPointer<UInt8>, start: Int, stride: Int, count: Int,
                                radius: Int, line: UnsafeMutableBufferPointer<UInt8>) {
        for i in 0..<count { line[i] = p[start + i * stride] }
        let window = 2 * radius + 1
        func at(_ i: Int) -> Int { Int(line[min(max(i, 0), count - 1)]) }
        var sum = 0
        for i in -radius...radius { sum += at(i) }
        for i in 0..<count {
            p[start + i * stride] = UInt8((sum + window / 2) / window)
            sum += at(i + radius + 1) - at(i - radius)
        }
    }

    func turnedClockwise() -> RasterImage {
        let (w, h, c) = (width, height, components)
        var out = [UInt8](repeating: 0, count: pixels.count)
        for y in 0..<h {
            for x in 0..<w {
                let target = (x * h + (h - 1 - y)) * c, source = (y * w + x) * c
                for k in 0..<c { out[target + k] = pixels[source + k] }
            }
        }
        return RasterImage(width: h, height: w, components: c, pixels: out)
    }

    func pixelsReversedByPixel() -> [UInt8] {
        let c = components, count = width * height
        var out = [UInt8](repeating: 0, count: pixels.count)
        for i in 0..<count {
            for k in 0..<c { out[(count - 1 - i) * c + k] = pixels[i * c + k] }
        }
        return out
    }

    /// The page shrunk (area average) to `scale` of each side, centred on a table with a faint
    /// vertical gradient, in an image of the original size.
    func onTable(scale: Double, table: UInt8) -> RasterImage {
        let (w, h, c) = (width, height, components)
        let sw = max(1, Int(Double(w) * scale)), sh = max(1, Int(Double(h) * scale))
        let left = (w - sw) / 2, top = (h - sh) / 2
        var out = [UInt8](repeating: 0, count: pixels.count)
        for y in 0..<h {
            let shade = UInt8(clamping: Int(table) + (y * 24) / max(h, 1) - 12)
            for x in 0..<w {
                let target = (y * w + x) * c
                guard x >= left, x < left + sw, y >= top, y < top + sh else {
                    for k in 0..<c { out[target + k] = shade }
                    continue
                }
                let x0 = (x - left) * w / sw, x1 = max(x0 + 1, (x - left + 1) * w / sw)
                let y0 = (y - top) * h / sh, y1 = max(y0 + 1, (y - top + 1) * h / sh)
                for k in 0..<c {
                    var sum = 0
                    for yy in y0..<min(y1, h) { for xx in x0..<min(x1, w) { sum += Int(pixels[(yy * w + xx) * c + k]) } }
                    out[target + k] = UInt8(sum / max(1, (min(y1, h) - y0) * (min(x1, w) - x0)))
                }
            }
        }
        return RasterImage(width: w, height: h, components: c, pixels: out)
    }
}
