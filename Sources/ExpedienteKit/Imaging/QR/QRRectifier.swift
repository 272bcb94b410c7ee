/// Resamples the region of a candidate symbol so that its three finder patterns form an upright
/// right isosceles triangle: removes rotation, shear and uneven scale (not perspective), and
/// brings small modules up to `targetModule` pixels, with a light quiet zone around.
enum QRRectifier {
    static let targetModule = 4.0
    static let maxModule = 8.0
    static let maxSide = 3000

    /// `corners`: right-angle finder first (page coordinates of `image`).
    static func rectified(_ image: GrayImage, corners: [FinderPattern], inverted: Bool) -> QRView? {
        guard image.hasValidShape, let frame = QRFinderFrame(corners), frame.legB > 0, frame.legC > 0 else { return nil }
        let (a, b, c, module, legB, legC) = (frame.a, frame.b, frame.c, frame.module, frame.legB, frame.legC)
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
