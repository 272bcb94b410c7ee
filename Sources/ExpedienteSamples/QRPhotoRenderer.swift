import ExpedienteKit
import Foundation

/// How a QR photographed on an object is drawn (`QRScanSet`'s photo categories): the symbol on a
/// light label with a narrow quiet zone, optionally wrapped around a cylinder (columns or rows
/// compressed toward the edges, as on a bottle or an arm) and waved like cloth, seen through a
/// projective map, small in a larger photo whose surround is dark and cluttered, under uneven
/// light, with fabric texture and noise. Deterministic from its values and the seed.
struct QRPhotoScene: Sendable {
    /// Width of the symbol (without quiet zone) along its surface, in pixels.
    var symbolWidth: Double
    /// Photo height over `symbolWidth` (the width is 4/3 of the height).
    var canvasScale = 3.0
    /// Light label around the symbol, in modules; beyond it, the surround.
    var quietModules = 3.0
    /// Mean level of the surround and the number of clutter shapes in it.
    var surroundLevel = 40.0
    var clutter = 8
    /// Half the symbol's angle around the cylinder, in radians (0: flat).
    var cylinder = 0.0
    /// Cylinder axis along the symbol's columns (true: columns compressed toward left and right).
    var cylinderAxisVertical = true
    /// Cloth waviness: displacement amplitude and period, in modules.
    var waveAmplitude = 0.0
    var wavePeriod = 14.0
    /// Fabric texture amplitude (levels) and period (pixels).
    var weave = 0.0
    var weavePeriod = 3.0
    /// Light falls by up to this fraction away from a bright spot.
    var lightFalloff = 0.3
    /// A soft shadow edge across the symbol darkens one side by this fraction (0: none).
    var shadow = 0.0
}

enum QRPhotoRenderer {
    static func render(_ matrix: QRMatrix, _ d: QRScanDegradation, _ scene: QRPhotoScene, seed: UInt64) -> GrayImage {
        var random = SplitMix64(seed: seed)
        let n = Double(matrix.size), m = d.moduleSize
        let half = n * m / 2
        let labelHalf = half + scene.quietModules * m
        let height = max(64, Int((scene.symbolWidth * scene.canvasScale).rounded()))
        let width = height * 4 / 3
        // Symbol centre somewhere in the middle of the photo.
        let cx = Double(width) / 2 + random.range(-0.25, 0.25) * max(0, Double(width) - 2.4 * labelHalf)
        let cy = Double(height) / 2 + random.range(-0.25, 0.25) * max(0, Double(height) - 2.4 * labelHalf)

        let angle = d.rotationDegrees * .pi / 180
        let c = cos(angle), s = sin(angle)
        let a = c, b = c * d.shear - s, e = s, f = s * d.shear + c
        let g = d.perspectiveX / half, h = d.perspectiveY / half
        // Cylinder of radius R: arc length t from the centre line shows at chord R sin(t / R).
        let radius = scene.cylinder > 0.01 ? half / scene.cylinder : 0
        let amplitude = scene.waveAmplitude * m, period = max(2, scene.wavePeriod) * m
        let phases = (0..<6).map { _ in random.range(0, 2 * .pi) }

        // Surround: a dark gradient with clutter shapes (rectangles at random angles).
        let base = scene.surroundLevel
        let gradX = random.range(-25, 25) / Double(width), gradY = random.range(-25, 25) / Double(height)
        struct Shape { var x: Double; var y: Double; var hw: Double; var hh: Double; var cs: Double; var sn: Double; var level: Double }
        let shapes: [Shape] = (0..<scene.clutter).map { _ in
            let t = random.range(0, .pi)
            return Shape(x: random.range(0, Double(width)), y: random.range(0, Double(height)),
                         hw: random.range(0.05, 0.3) * Double(width), hh: random.range(0.01, 0.15) * Double(height),
                         cs: cos(t), sn: sin(t), level: random.range(0, 1) < 0.75 ? random.range(0, 90) : random.range(90, 170))
        }
        func surround(_ x: Double, _ y: Double) -> Double {
            var v = base + gradX * (x - Double(width) / 2) + gradY * (y - Double(height) / 2)
            for shape in shapes {
                let dx = x - shape.x, dy = y - shape.y
                if abs(dx * shape.cs + dy * shape.sn) < shape.hw, abs(-dx * shape.sn + dy * shape.cs) < shape.hh { v = shape.level }
            }
            return v
        }

        /// Reflectance at page point (X, Y) relative to the symbol centre; nil on the surround.
        func label(_ X0: Double, _ Y0: Double) -> Double? {
            var X = X0, Y = Y0
            if amplitude > 0 {
                // Mostly waves across the weave (x displaced along y and y along x), some crossed.
                X -= amplitude * (sin(2 * .pi * Y0 / period + phases[0]) + 0.35 * sin(2 * .pi * (X0 + Y0) / (1.7 * period) + phases[2]))
                Y -= amplitude * (sin(2 * .pi * X0 / period + phases[1]) + 0.35 * sin(2 * .pi * (X0 - Y0) / (1.3 * period) + phases[3]))
            }
            let a11 = a - X * g, a12 = b - X * h, a21 = e - Y * g, a22 = f - Y * h
            let det = a11 * a22 - a12 * a21
            guard abs(det) > 1e-9 else { return nil }
            var u = (X * a22 - a12 * Y) / det, v = (a11 * Y - a21 * X) / det
            var shade = 1.0
            if radius > 0 {
                let chord = scene.cylinderAxisVertical ? u : v
                guard abs(chord) < radius else { return nil }
                let theta = asin(chord / radius)
                shade = 0.72 + 0.28 * cos(theta)
                if scene.cylinderAxisVertical { u = radius * theta } else { v = radius * theta }
            }
            guard abs(u) <= labelHalf, abs(v) <= labelHalf else { return nil }
            let mx = Int(((u + half) / m).rounded(.down)), my = Int(((v + half) / m).rounded(.down))
            return shade * (matrix.isDark(x: mx, y: my) ? d.dark : d.light)
        }

        var pixels = [UInt8](repeating: 0, count: width * height)
        let offsets = [0.25, 0.75]
        for py in 0..<height {
            for px in 0..<width {
                var sum = 0.0
                var background: Double?
                for oy in offsets {
                    for ox in offsets {
                        let X = Double(px) + ox, Y = Double(py) + oy
                        if let value = label(X - cx, Y - cy) {
                            sum += value
                        } else {
                            if background == nil { background = surround(Double(px) + 0.5, Double(py) + 0.5) }
                            sum += background!
                        }
                    }
                }
                pixels[py * width + px] = UInt8(clamping: Int((sum / 4).rounded()))
            }
        }
        var image = GrayImage(width: width, height: height, pixels: pixels)
        if d.blurSigma > 0.05 { image = QRScanRenderer.gaussianBlur(image, sigma: d.blurSigma) }

        // Uneven light from a spot, fabric texture, sensor noise.
        let spotX = random.range(0, Double(width)), spotY = random.range(0, Double(height))
        let diagonal = Double(width * width + height * height).squareRoot()
        let wp = max(1.5, scene.weavePeriod)
        // Shadow edge: a line through a point near the symbol centre, soft over ~4 px.
        let shadowAngle = random.range(0, 2 * .pi)
        let shadowX = cx + random.range(-0.5, 0.5) * half, shadowY = cy + random.range(-0.5, 0.5) * half
        let snx = cos(shadowAngle), sny = sin(shadowAngle)
        var out = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                var value = Double(image.pixels[y * width + x])
                let dx = Double(x) - spotX, dy = Double(y) - spotY
                value *= 1 - scene.lightFalloff * (dx * dx + dy * dy).squareRoot() / diagonal
                if scene.shadow > 0 {
                    let side = (Double(x) - shadowX) * snx + (Double(y) - shadowY) * sny
                    value *= 1 - scene.shadow / (1 + exp(-side / 2))
                }
                if scene.weave > 0 {
                    value += scene.weave * sin(2 * .pi * Double(x) / wp + phases[4]) * sin(2 * .pi * Double(y) / wp + phases[5])
                }
                value += d.noiseSigma * QRScanRenderer.gaussian(&random)
                out[y * width + x] = UInt8(clamping: Int(value.rounded()))
            }
        }
        return GrayImage(width: width, height: height, pixels: out)
    }
}
