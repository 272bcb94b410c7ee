/// Resamples the region of a candidate symbol so that its three finder patterns form an upright
/// right isosceles triangle: removes rotation, shear and uneven scale (not perspective), and
/// brings small modules up to `targetModule` pixels, with a light quiet zone around.
enum QRRectifier {
    static let targetModule = 4.0
    static let maxModule = 8.0
    static let maxSide = 3000

    /// `corners`: right-angle finder first (page coordinates of `image`).
    static func rectified(_ image: GrayImage, corners: [FinderPattern], inverted: Bool) -> QRView? {
        guard corners.count == 3, image.hasValidShape else { return nil }
        let a = corners[0]
        var b = corners[1], c = corners[2]
        // Top-right then bottom-left: (b − a) × (c − a) > 0 with y pointing down.
        if (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) < 0 { swap(&b, &c) }
        let module = corners.reduce(0) { $0 + $1.moduleSize } / 3
        let legB = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        let legC = ((c.x - a.x) * (c.x - a.x) + (c.y - a.y) * (c.y - a.y)).squareRoot()
        guard module > 0, legB > 0, legC > 0, module.isFinite, legB.isFinite, legC.isFinite else { return nil }
        let t = min(maxModule, max(targetModule, module))
        let legModules = (legB + legC) / 2 / module
        let leg = legModules * t
        // Finder centres sit 3.5 modules in from the symbol's edge; 4 of quiet zone and 3 spare.
        let margin = 10.5 * t
        let side = Int((leg + 2 * margin).rounded(.up))
        guard side > 0, side <= maxSide else { return nil }
        let w = image.width, h = image.height
        var out = [UInt8](repeating: 255, count: side * side)
        image.pixels.withUnsafeBufferPointer { p in
            for v in 0..<side {
                let fv = (Double(v) + 0.5 - margin) / leg
                for u in 0..<side {
                    let fu = (Double(u) + 0.5 - margin) / leg
                    let x = a.x + fu * (b.x - a.x) + fv * (c.x - a.x) - 0.5
                    let y = a.y + fu * (b.y - a.y) + fv * (c.y - a.y) - 0.5
                    guard x >= 0, y >= 0, x < Double(w - 1), y < Double(h - 1) else {
                        out[v * side + u] = inverted ? 0 : 255
                        continue
                    }
                    out[v * side + u] = GrayImage.bilinear(p, width: w, x: x, y: y)
                }
            }
        }
        var result = GrayImage(width: side, height: side, pixels: out)
        if inverted { result = result.inverted() }
        return QRView(result, scale: module / t)
    }
}
