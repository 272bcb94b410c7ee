import Foundation

/// Blur undone on a sampled module grid. Under a blur of half a module and more, a lone dark
/// module among light ones keeps less than half its contrast while a dark module among dark
/// ones keeps all of it, so no threshold, global or local, separates the two. The blur is
/// modelled instead: each sampled level is a light level plus a contrast times the sum of the
/// neighbouring modules' darkness, weighted by a Gaussian of width σ (in modules) integrated
/// over each module. σ and the light and contrast levels (each a plane over the symbol, for
/// uneven light) are fitted by least squares to the modules whose colour the layout fixes
/// (finders, separators, timing and alignment patterns; not the dark module, which a mirrored
/// symbol moves); the data modules are then solved for by projected Gauss-Seidel sweeps, soft
/// first and hard at the end, with the fixed modules held at their colour. The quiet zone
/// around the symbol counts as light.
enum QRGridEqualizer {
    /// Blur widths tried, in modules.
    static let sigmas = stride(from: 0.15, through: 1.0, by: 0.05).map { $0 }
    static let radius = 2
    static let softSweeps = 6
    static let hardSweeps = 3

    /// Dark modules (row-major) of the `n` × `n` levels (dark low), or nil when the layout of
    /// that size is unknown or the fit fails.
    static func equalized(_ values: [Double], n: Int) -> [Bool]? {
        guard values.count == n * n, let fixed = fixedModules(n: n) else { return nil }
        // Start from the global split, the fixed modules at their colour.
        let mean = values.reduce(0, +) / Double(values.count)
        var dark = values.map { $0 < mean ? 1.0 : 0.0 }
        for (i, f) in fixed.enumerated() where f >= 0 { dark[i] = Double(f) }
        guard var model = fit(values, dark: dark, fixed: fixed, n: n) else { return nil }
        for sweep in 0..<(softSweeps + hardSweeps) {
            if sweep == softSweeps / 2, let refit = fit(values, dark: dark, fixed: fixed, n: n) { model = refit }
            let hard = sweep >= softSweeps
            let centre = model.weights[radius] * model.weights[radius]
            for row in 0..<n {
                for column in 0..<n where fixed[row * n + column] < 0 {
                    let i = row * n + column
                    let (light, contrast) = model.levels(row: row, column: column, n: n)
                    // Where the fitted contrast plane is not dark below light, keep the guess.
                    guard contrast < -1e-6 else { continue }
                    let others = blurred(dark, row: row, column: column, n: n, weights: model.weights) - centre * dark[i]
                    let own = ((values[i] - light) / contrast - others) / centre
                    dark[i] = hard ? (own > 0.5 ? 1 : 0) : min(1, max(0, own))
                }
            }
        }
        return dark.map { $0 > 0.5 }
    }

    /// The fitted blur: 1-D weights of the modules 0 to 2·radius around one (separable), and the
    /// light and contrast planes `a0 + a1·u + a2·v` over module coordinates scaled to [-1, 1].
    struct Model {
        let weights: [Double]
        let coefficients: [Double]

        func levels(row: Int, column: Int, n: Int) -> (light: Double, contrast: Double) {
            let (u, v) = QRGridEqualizer.planeCoordinates(row: row, column: column, n: n)
            let c = coefficients
            return (c[0] + c[1] * u + c[2] * v, c[3] + c[4] * u + c[5] * v)
        }
    }

    /// A module's coordinates in the planes: column and row scaled to [-1, 1].
    static func planeCoordinates(row: Int, column: Int, n: Int) -> (u: Double, v: Double) {
        (2 * Double(column) / Double(n - 1) - 1, 2 * Double(row) / Double(n - 1) - 1)
    }

    /// The σ whose model explains the fixed modules best (least squares), with its planes.
    static func fit(_ values: [Double], dark: [Double], fixed: [Int8], n: Int) -> Model? {
        var best: (error: Double, model: Model)?
        for sigma in sigmas {
            let weights = Self.weights(sigma: sigma)
            var normal = [[Double]](repeating: [Double](repeating: 0, count: 7), count: 6)
            var samples: [(row: [Double], value: Double)] = []
            for row in 0..<n {
                for column in 0..<n where fixed[row * n + column] >= 0 {
                    let s = blurred(dark, row: row, column: column, n: n, weights: weights)
                    let (u, v) = planeCoordinates(row: row, column: column, n: n)
                    let features = [1, u, v, s, s * u, s * v]
                    let value = values[row * n + column]
                    for a in 0..<6 {
                        for b in 0..<6 { normal[a][b] += features[a] * features[b] }
                        normal[a][6] += features[a] * value
                    }
                    samples.append((features, value))
                }
            }
            guard let coefficients = Homography.solved(normal) else { continue }
            let error = samples.reduce(0.0) { total, sample in
                let predicted = zip(sample.row, coefficients).reduce(0) { $0 + $1.0 * $1.1 }
                return total + (predicted - sample.value) * (predicted - sample.value)
            }
            // Dark must be darker: the contrast plane is negative at the centre.
            guard coefficients[3] < 0, error < (best?.error ?? .infinity) else { continue }
            best = (error, Model(weights: weights, coefficients: coefficients))
        }
        return best?.model
    }

    /// Weighted darkness around a module: Σ w(dx) w(dy) dark, modules outside the symbol light.
    @inline(__always)
    static func blurred(_ dark: [Double], row: Int, column: Int, n: Int, weights: [Double]) -> Double {
        var sum = 0.0
        for dy in -radius...radius {
            let y = row + dy
            guard y >= 0, y < n else { continue }
            var line = 0.0
            for dx in -radius...radius {
                let x = column + dx
                guard x >= 0, x < n else { continue }
                line += weights[dx + radius] * dark[y * n + x]
            }
            sum += weights[dy + radius] * line
        }
        return sum
    }

    /// The share of a module `d` modules away in a point sample: a Gaussian of width σ integrated
    /// over that module, for d = -radius...radius.
    static func weights(sigma: Double) -> [Double] {
        func cdf(_ x: Double) -> Double { 0.5 * (1 + erf(x / (sigma * 2.0.squareRoot()))) }
        return (-radius...radius).map { d in cdf(Double(d) + 0.5) - cdf(Double(d) - 0.5) }
    }

    /// The colour the layout fixes for each module: 1 dark, 0 light, -1 data or format.
    static func fixedModules(n: Int) -> [Int8]? {
        guard (1...40).contains((n - 17) / 4), (n - 17) % 4 == 0 else { return nil }
        var fixed = [Int8](repeating: -1, count: n * n)
        func set(_ x: Int, _ y: Int, _ dark: Bool) {
            guard x >= 0, y >= 0, x < n, y < n else { return }
            fixed[y * n + x] = dark ? 1 : 0
        }
        // Finders (rings at Chebyshev distance 0, 1 and 3 dark) with their light separators.
        for (cx, cy) in [(3, 3), (n - 4, 3), (3, n - 4)] {
            for dy in -4...4 {
                for dx in -4...4 {
                    let d = max(abs(dx), abs(dy))
                    set(cx + dx, cy + dy, d != 2 && d != 4)
                }
            }
        }
        for i in 8..<(n - 8) {
            set(i, 6, i % 2 == 0)
            set(6, i, i % 2 == 0)
        }
        for (cx, cy) in QRSymbolLayout.alignmentPatterns(version: (n - 17) / 4) {
            for dy in -2...2 {
                for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) }
            }
        }
        return fixed
    }
}
