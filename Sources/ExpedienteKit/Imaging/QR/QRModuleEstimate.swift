/// Pixels per module of a decoded symbol, from zbar's corner polygon and the module count
/// read off the symbol's timing patterns (row and column 6 alternate dark and light).
enum QRModuleEstimate {
    /// Share of timing-pattern samples that must match for a module count to be accepted.
    static let minimumAgreement = 0.8
    /// Agreement at which the search stops early.
    static let clearAgreement = 0.95

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

    /// Fallback when the timing patterns do not give a count: the median module size of the
    /// finder patterns found inside the symbol's bounding box (at most 4 Mpixel are searched).
    static func moduleSizeFromFinders(corners: [(x: Double, y: Double)], in image: GrayImage) -> Double? {
        guard corners.count == 4, image.hasValidShape,
              let minX = corners.map(\.x).min(), let maxX = corners.map(\.x).max(),
              let minY = corners.map(\.y).min(), let maxY = corners.map(\.y).max() else { return nil }
        let pad = 0.05 * max(maxX - minX, maxY - minY) + 2
        let x0 = Int(max(0, minX - pad)), y0 = Int(max(0, minY - pad))
        let x1 = Int(min(Double(image.width), maxX + pad)), y1 = Int(min(Double(image.height), maxY + pad))
        guard x1 > x0, y1 > y0, (x1 - x0) * (y1 - y0) <= 4_000_000 else { return nil }
        let crop = image.cropped(x: x0, y: y0, width: x1 - x0, height: y1 - y0, margin: 8, fill: 255)
        let sizes = QRFinderDetector.candidates(in: crop, minConfirmations: 1).prefix(3).map(\.moduleSize).sorted()
        return sizes.isEmpty ? nil : sizes[sizes.count / 2]
    }

    /// Modules per side (21 for version 1 … 177 for version 40) whose timing patterns best match.
    static func moduleCount(corners: [(x: Double, y: Double)], in image: GrayImage) -> Int? {
        var best: (count: Int, agreement: Double)?
        // zbar lists the top-left corner first, and its corners are whole pixels: the other
        // orientations and half-pixel shifts (which keep 2 px modules from being missed) are
        // only tried when that reading is not already clear.
        let shifts = [(0.0, 0.0), (-0.5, 0.0), (0.5, 0.0), (0.0, -0.5), (0.0, 0.5)]
        search: for (dx, dy) in shifts {
            for start in 0..<4 {
                // Top-left, bottom-left, bottom-right, top-right, starting at `start`.
                let c = (0..<4).map { corners[(start + $0) % 4] }.map { (x: $0.x + dx, y: $0.y + dy) }
                for version in 1...40 {
                    let n = 17 + 4 * version
                    let agreement = timingAgreement(n: n, topLeft: c[0], bottomLeft: c[1], bottomRight: c[2], topRight: c[3], image)
                    // Ties go to the larger count, whose many samples are less likely to agree by chance.
                    if agreement >= (best?.agreement ?? 0.01) { best = (n, agreement) }
                }
                if let best, best.agreement >= clearAgreement { break search }
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
            // Bilinear, with pixel centres at +0.5.
            let fx = x - 0.5, fy = y - 0.5
            guard fx.isFinite, fy.isFinite, fx >= 0, fy >= 0, fx < Double(image.width - 1), fy < Double(image.height - 1)
            else { return nil }
            let ix = Int(fx), iy = Int(fy), tx = fx - Double(ix), ty = fy - Double(iy)
            let w = image.width, p = image.pixels, i = iy * w + ix
            let top = Double(p[i]) * (1 - tx) + Double(p[i + 1]) * tx
            let bottom = Double(p[i + w]) * (1 - tx) + Double(p[i + w + 1]) * tx
            return Int(top * (1 - ty) + bottom * ty)
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
