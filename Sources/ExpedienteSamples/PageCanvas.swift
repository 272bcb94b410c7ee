import ExpedienteKit

/// A colour for drawing; gray canvases use its luma.
public struct Ink: Sendable, Equatable {
    public var r: UInt8, g: UInt8, b: UInt8

    public init(r: UInt8, g: UInt8, b: UInt8) { (self.r, self.g, self.b) = (r, g, b) }
    public init(gray: UInt8) { self.init(r: gray, g: gray, b: gray) }

    /// ITU-R BT.601 luma, as JPEG uses.
    public var gray: UInt8 {
        let sum: Int = 299 * Int(r) + 587 * Int(g) + 114 * Int(b)
        return UInt8((sum + 500) / 1000)
    }

    public static let black = Ink(gray: 35)
    public static let white = Ink(gray: 255)
    public static let darkGray = Ink(gray: 70)
    public static let midGray = Ink(gray: 140)
    public static let lightGray = Ink(gray: 215)
    public static let paper = Ink(r: 252, g: 250, b: 244)
    public static let imssGreen = Ink(r: 0, g: 98, b: 71)
    public static let guinda = Ink(r: 105, g: 28, b: 50)
    public static let ineMagenta = Ink(r: 176, g: 40, b: 110)
    public static let pen = Ink(r: 25, g: 45, b: 120)
}

/// An 8-bit page (gray or RGB) with a white background and the few drawing operations the
/// sample documents need. Coordinates are pixels, origin top-left; drawing clips to the page.
public struct PageCanvas: Sendable {
    public let width: Int
    public let height: Int
    /// 1 (gray) or 3 (RGB).
    public let components: Int
    public private(set) var pixels: [UInt8]

    public init(width: Int, height: Int, color: Bool, background: Ink = .white) {
        self.width = width
        self.height = height
        components = color ? 3 : 1
        pixels = color
            ? Self.filled(width * height, background)
            : [UInt8](repeating: background.gray, count: width * height)
    }

    private static func filled(_ count: Int, _ ink: Ink) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: count * 3)
        result.withUnsafeMutableBufferPointer { p in
            for i in 0..<count { p[3 * i] = ink.r; p[3 * i + 1] = ink.g; p[3 * i + 2] = ink.b }
        }
        return result
    }

    public var raster: RasterImage { RasterImage(width: width, height: height, components: components, pixels: pixels) }

    // MARK: Shapes

    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, ink: Ink) {
        let x0 = max(0, x), y0 = max(0, y), x1 = min(width, x + w), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        let (c, rowWidth) = (components, width)
        let values = c == 1 ? [ink.gray] : [ink.r, ink.g, ink.b]
        pixels.withUnsafeMutableBufferPointer { p in
            for row in y0..<y1 {
                var i = (row * rowWidth + x0) * c
                for _ in x0..<x1 {
                    for k in 0..<c { p[i + k] = values[k] }
                    i += c
                }
            }
        }
    }

    /// An unfilled rectangle whose border lies inside the given bounds.
    public mutating func frame(x: Int, y: Int, width w: Int, height h: Int, thickness t: Int, ink: Ink) {
        fill(x: x, y: y, width: w, height: t, ink: ink)
        fill(x: x, y: y + h - t, width: w, height: t, ink: ink)
        fill(x: x, y: y, width: t, height: h, ink: ink)
        fill(x: x + w - t, y: y, width: t, height: h, ink: ink)
    }

    /// A straight stroke with a square brush of side `thickness`.
    public mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double), thickness: Int, ink: Ink) {
        let steps = max(1, Int(max(abs(b.x - a.x), abs(b.y - a.y)).rounded(.up)))
        let half = thickness / 2
        for s in 0...steps {
            let t = Double(s) / Double(steps)
            let px = Int((a.x + (b.x - a.x) * t).rounded()), py = Int((a.y + (b.y - a.y) * t).rounded())
            fill(x: px - half, y: py - half, width: thickness, height: thickness, ink: ink)
        }
    }

    /// A polyline through `points`, e.g. a signature.
    public mutating func stroke(_ points: [(x: Double, y: Double)], thickness: Int, ink: Ink) {
        for (a, b) in zip(points, points.dropFirst()) { line(from: a, to: b, thickness: thickness, ink: ink) }
    }

    // MARK: Text

    /// Draws `text` with the bitmap font; `y` is the top of the capitals (accents go above it).
    /// Returns the drawn width in pixels.
    @discardableResult
    public mutating func text(_ text: String, x: Int, y: Int, scale: Int, ink: Ink) -> Int {
        var cursor = x
        for character in text {
            defer { cursor += BitmapFont.advance * scale }
            guard let (rows, mark) = BitmapFont.rows(for: character) else {
                // Unknown character: a hollow box, as a scanner would show a smudge.
                frame(x: cursor, y: y, width: 5 * scale, height: 7 * scale, thickness: max(1, scale / 2), ink: ink)
                continue
            }
            drawRows(rows, x: cursor, y: y, scale: scale, ink: ink)
            if let mark {
                drawRows(BitmapFont.markRows(mark), x: cursor, y: y - BitmapFont.accentRows * scale, scale: scale, ink: ink)
            }
        }
        return BitmapFont.width(of: text, scale: scale)
    }

    private mutating func drawRows(_ rows: [UInt8], x: Int, y: Int, scale: Int, ink: Ink) {
        for (r, bits) in rows.enumerated() where bits != 0 {
            for column in 0..<BitmapFont.glyphWidth where bits & (0x10 >> column) != 0 {
                fill(x: x + column * scale, y: y + r * scale, width: scale, height: scale, ink: ink)
            }
        }
    }

    // MARK: Images

    /// Copies a gray image (e.g. a rendered QR code) with its top-left corner at (x, y).
    public mutating func paste(_ image: GrayImage, x: Int, y: Int) {
        let c = components
        let rowWidth = width
        let (w, h) = (width, height)
        pixels.withUnsafeMutableBufferPointer { p in
            for row in 0..<image.height where (0..<h).contains(y + row) {
                for column in 0..<image.width where (0..<w).contains(x + column) {
                    let value = image.pixels[row * image.width + column]
                    let i = ((y + row) * rowWidth + x + column) * c
                    for k in 0..<c { p[i + k] = value }
                }
            }
        }
    }

    // MARK: Scan realism

    /// Paper look that costs little JPEG size: multiplies every pixel by a smooth tint (a faint
    /// gradient of uneven scanner lighting, warm on colour pages) and adds sparse dust specks.
    public mutating func agePaper(using rng: inout SplitMix64, specks: Int = 250) {
        let (c, w, h) = (components, width, height)
        let tint: [Double] = c == 3 ? [0.992, 0.985, 0.955] : [0.985]
        let fade = 0.02 + 0.02 * rng.unit()
        // The same product per value as pixel by pixel, through a 256-entry table per row and component.
        var table = [UInt8](repeating: 0, count: 256)
        pixels.withUnsafeMutableBufferPointer { p in
            table.withUnsafeMutableBufferPointer { t in
                for row in 0..<h {
                    let rowShade = 1 - fade * Double(row) / Double(h)
                    for k in 0..<c {
                        let factor = tint[k] * rowShade
                        for value in 0..<256 { t[value] = UInt8(Double(value) * factor) }
                        var i = row * w * c + k
                        for _ in 0..<w {
                            p[i] = t[Int(p[i])]
                            i += c
                        }
                    }
                }
            }
        }
        for _ in 0..<specks {
            let size = rng.int(in: 1...3)
            fill(x: rng.int(in: 0...(w - 1)), y: rng.int(in: 0...(h - 1)), width: size, height: size,
                 ink: Ink(gray: UInt8(rng.int(in: 150...215))))
        }
    }

    /// The slight optical blur of a flatbed scanner: a separable [1 2 1] / 4 filter. Besides
    /// looking real, soft edges make the JPEG much smaller than pixel-sharp glyphs.
    public mutating func soften() {
        let (c, w, h) = (components, width, height)
        let rowLength = w * c
        guard w > 2, h > 2 else { return }
        // Row by row (components are independent, so all are filtered together): the vertical
        // pass reads the unfiltered rows above and below from two saved rows, not column by
        // column, which walked memory a whole row apart per pixel.
        let saved = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * rowLength)
        defer { saved.deallocate() }
        pixels.withUnsafeMutableBufferPointer { buffer in
            guard let p = buffer.baseAddress else { return }
            var up = saved, mid = saved + rowLength
            for row in 0..<h { // horizontal pass
                let line = p + row &* rowLength
                mid.update(from: line, count: rowLength)
                for i in c..<(rowLength &- c) { line[i] = Self.blend(mid[i &- c], mid[i], mid[i &+ c]) }
            }
            up.update(from: p, count: rowLength)
            for row in 1..<(h - 1) { // vertical pass
                let line = p + row &* rowLength, below = line + rowLength
                mid.update(from: line, count: rowLength)
                for i in 0..<rowLength { line[i] = Self.blend(up[i], mid[i], below[i]) }
                swap(&up, &mid)
            }
        }
    }

    /// (a + 2b + c + 2) / 4 in 16-bit lanes (the loops above vectorise).
    @inline(__always)
    private static func blend(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let sum = UInt16(a) &+ UInt16(b) &<< 1 &+ UInt16(c) &+ 2
        return UInt8(truncatingIfNeeded: sum &>> 2)
    }

    /// Per-pixel sensor grain of ± `amplitude`: realistic for a cheap colour scanner and very
    /// costly for JPEG (used to make an oversized file).
    public mutating func addGrain(amplitude: Int, using rng: inout SplitMix64) {
        let span = UInt64(2 * amplitude + 1)
        pixels.withUnsafeMutableBufferPointer { p in
            var i = 0
            while i < p.count {
                var bits = rng.next()
                // Eight samples from one 64-bit draw.
                for _ in 0..<8 where i < p.count {
                    let delta = Int((bits & 0xFF) % span) - amplitude
                    p[i] = UInt8(clamping: Int(p[i]) + delta)
                    bits >>= 8
                    i += 1
                }
            }
        }
    }
}
