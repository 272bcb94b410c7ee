import ExpedienteKit
import Foundation

/// How one degraded QR scan is drawn: the symbol through a projective map onto a page, then
/// blur, illumination, noise and inversion. Deterministic from its values and the noise seed.
struct QRScanDegradation: Sendable {
    var moduleSize: Double
    var rotationDegrees = 0.0
    /// Horizontal shear (x += shear × y) applied before the rotation.
    var shear = 0.0
    /// Projective terms: at a distance d from the centre the scale changes by about `perspective × d`.
    var perspectiveX = 0.0
    var perspectiveY = 0.0
    var blurSigma = 0.0
    var light = 250.0
    var dark = 20.0
    /// Brightness falls linearly by up to this fraction from one corner to the opposite one.
    var illuminationFalloff = 0.0
    var noiseSigma = 2.0
    var inverted = false
    var quality = 85
    var margin = 40
    /// A photo of the symbol on an object (`QRPhotoRenderer`) instead of a scan.
    var photo: QRPhotoScene?
}

enum QRScanRenderer {
    /// The scan as gray pixels.
    static func render(_ matrix: QRMatrix, _ d: QRScanDegradation, seed: UInt64) -> GrayImage {
        if let scene = d.photo { return QRPhotoRenderer.render(matrix, d, scene, seed: seed) }
        let symbolSide = Double(matrix.size + 8) * d.moduleSize
        let side = Int((symbolSide * 1.45).rounded(.up)) + 2 * d.margin
        let centre = Double(side) / 2
        // Forward map symbol -> page: translate to the symbol centre, shear, rotate, perspective.
        let angle = d.rotationDegrees * .pi / 180
        let c = cos(angle), s = sin(angle)
        let half = symbolSide / 2
        // Affine part on centred symbol coordinates (u, v): x' = a u + b v, y' = e u + f v.
        let a = c, b = c * d.shear - s, e = s, f = s * d.shear + c
        let g = d.perspectiveX / half, h = d.perspectiveY / half
        // Inverse by solving the 2×2 system per pixel (the perspective divides both coordinates).
        var pixels = [UInt8](repeating: 0, count: side * side)
        let det = a * f - b * e
        let m = d.moduleSize
        let offsets = [0.25, 0.75]
        for py in 0..<side {
            for px in 0..<side {
                var dark = 0
                for oy in offsets {
                    for ox in offsets {
                        // Page point relative to the centre: (X, Y) = (A(u,v)) / (1 + g u + h v).
                        let X = Double(px) + ox - centre, Y = Double(py) + oy - centre
                        // Solve a u + b v = X (1 + g u + h v), e u + f v = Y (1 + g u + h v).
                        let a11 = a - X * g, a12 = b - X * h, a21 = e - Y * g, a22 = f - Y * h
                        let det2 = a11 * a22 - a12 * a21
                        guard abs(det2) > 1e-9, det != 0 else { continue }
                        let u = (X * a22 - a12 * Y) / det2, v = (a11 * Y - a21 * X) / det2
                        let mx = Int(((u + half) / m).rounded(.down)) - 4, my = Int(((v + half) / m).rounded(.down)) - 4
                        if matrix.isDark(x: mx, y: my) { dark += 1 }
                    }
                }
                pixels[py * side + px] = UInt8(dark * 63) // coverage 0...252
            }
        }
        var coverage = GrayImage(width: side, height: side, pixels: pixels)
        if d.blurSigma > 0.05 { coverage = gaussianBlur(coverage, sigma: d.blurSigma) }
        var random = SplitMix64(seed: seed)
        var out = [UInt8](repeating: 0, count: side * side)
        for y in 0..<side {
            for x in 0..<side {
                let t = Double(coverage.pixels[y * side + x]) / 252
                var value = d.light - t * (d.light - d.dark)
                value *= 1 - d.illuminationFalloff * Double(x + y) / Double(2 * side)
                value += d.noiseSigma * gaussian(&random)
                if d.inverted { value = 255 - value }
                out[y * side + x] = UInt8(clamping: Int(value.rounded()))
            }
        }
        return GrayImage(width: side, height: side, pixels: out)
    }

    static func gaussian(_ random: inout SplitMix64) -> Double {
        let u1 = max(1e-12, random.unit()), u2 = random.unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    static func gaussianBlur(_ image: GrayImage, sigma: Double) -> GrayImage {
        let radius = max(1, Int((3 * sigma).rounded(.up)))
        var kernel = (-radius...radius).map { exp(-Double($0 * $0) / (2 * sigma * sigma)) }
        let total = kernel.reduce(0, +)
        kernel = kernel.map { $0 / total }
        let w = image.width, h = image.height
        var temp = [Double](repeating: 0, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                var sum = 0.0
                for k in -radius...radius {
                    sum += kernel[k + radius] * Double(image.pixels[y * w + min(w - 1, max(0, x + k))])
                }
                temp[y * w + x] = sum
            }
        }
        var out = [UInt8](repeating: 0, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                var sum = 0.0
                for k in -radius...radius { sum += kernel[k + radius] * temp[min(h - 1, max(0, y + k)) * w + x] }
                out[y * w + x] = UInt8(clamping: Int(sum.rounded()))
            }
        }
        return GrayImage(width: w, height: h, pixels: out)
    }
}
