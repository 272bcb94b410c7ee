/// Pixels per module of a decoded symbol, from zbar's corner polygon and the module count
/// read off the symbol's timing patterns (row and column 6 alternate dark and light).
enum QRModuleEstimate {
    /// Share of timing-pattern samples that must match for a module count to be accepted.
    static let minimumAgreement = 0.85

    /// Module size in pixels of `image`, or nil when the corners do not give a consistent count.
    static func moduleSize(corners: [(x: Double, y: Double)], in image: GrayImage) -> Double? {
        guard corners.count == 4, image.hasValidShape, let count = moduleCount(corners: corners, in: image) else { return nil }
        var perimeter = 0.0
        for i in 0..<4 {
            let a = corners[i], b = corners[(i + 1) % 4]
            perimeter += ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
        }
        return perimeter / 4 / Double(count)
    }

    /// Modules per side (21 for version 1 … 177 for version 40) whose timing patterns best match.
    static func moduleCount(corners: [(x: Double, y: Double)], in image: GrayImage) -> Int? {
        var best: (count: Int, agreement: Double)?
        for start in 0..<4 {
            // Top-left, bottom-left, bottom-right, top-right, starting at `start`.
            let c = (0..<4).map { corners[(start + $0) % 4] }
            for version in 1...40 {
                let n = 17 + 4 * version
                let agreement = timingAgreement(n: n, topLeft: c[0], bottomLeft: c[1], bottomRight: c[2], topRight: c[3], image)
                if agreement > (best?.agreement ?? 0) { best = (n, agreement) }
            }
        }
        guard let best, best.agreement >= minimumAgreement else { return nil }
        return best.count
    }

    private static func timingAgreement(n: Int, topLeft p00: (x: Double, y: Double), bottomLeft p01: (x: Double, y: Double),
                                        bottomRight p11: (x: Double, y: Double), topRight p10: (x: Double, y: Double),
                                        _ image: GrayImage) -> Double {
        func sample(_ column: Int, _ row: Int) -> Int? {
            let u = (Double(column) + 0.5) / Double(n), v = (Double(row) + 0.5) / Double(n)
            let x = (1 - u) * (1 - v) * p00.x + u * (1 - v) * p10.x + (1 - u) * v * p01.x + u * v * p11.x
            let y = (1 - u) * (1 - v) * p00.y + u * (1 - v) * p10.y + (1 - u) * v * p01.y + u * v * p11.y
            guard x.isFinite, y.isFinite else { return nil }
            let ix = Int(x.rounded(.down)), iy = Int(y.rounded(.down))
            guard ix >= 0, iy >= 0, ix < image.width, iy < image.height else { return nil }
            return Int(image.pixels[iy * image.width + ix])
        }
        var values: [(value: Int, dark: Bool)] = []
        for i in 8...(n - 9) {
            guard let along = sample(i, 6), let down = sample(6, i) else { return 0 }
            values.append((along, i % 2 == 0))
            values.append((down, i % 2 == 0))
        }
        let mean = values.reduce(0) { $0 + $1.value } / max(1, values.count)
        let matches = values.filter { ($0.value < mean) == $0.dark }.count
        return Double(matches) / Double(max(1, values.count))
    }
}
