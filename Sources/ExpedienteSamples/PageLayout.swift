import ExpedienteKit

/// Top-to-bottom layout of a document page: a cursor, margins and dpi-aware building blocks
/// (header band, title, labelled data, paragraphs, QR, signature, stamp). Sizes are given
/// for 300 dpi and scaled to the page's dpi.
struct PageLayout {
    var canvas: PageCanvas
    var rng: SplitMix64
    let dpi: Int
    let margin: Int
    var y: Int

    init(canvas: PageCanvas, dpi: Int, seed: String) {
        self.init(canvas: canvas, dpi: dpi, rng: SplitMix64(label: seed))
    }

    init(canvas: PageCanvas, dpi: Int, rng: SplitMix64) {
        self.canvas = canvas
        self.dpi = dpi
        self.rng = rng
        margin = max(8, Int(Double(min(canvas.width, canvas.height)) * 0.06))
        y = margin
    }

    var contentWidth: Int { canvas.width - 2 * margin }

    /// A length given at 300 dpi, at this page's dpi.
    func px(_ value: Int) -> Int { value * dpi / 300 }

    /// A text scale given at 300 dpi, at this page's dpi (never below 1).
    func scale(_ value: Int) -> Int { max(1, (value * dpi + 150) / 300) }

    /// The largest scale ≤ `preferred` at which `text` fits in `width`.
    func fitting(_ text: String, preferred: Int, width: Int) -> Int {
        var s = scale(preferred)
        while s > 1, BitmapFont.width(of: text, scale: s) > width { s -= 1 }
        return s
    }

    func lineHeight(_ scale: Int) -> Int { BitmapFont.lineHeight * scale }

    // MARK: Blocks

    /// A solid band across the page with the institution's name in white (and a round emblem).
    mutating func header(_ institution: String, subtitle: String? = nil, ink: Ink) {
        let bandHeight = px(subtitle == nil ? 150 : 200)
        canvas.fill(x: margin, y: y, width: contentWidth, height: bandHeight, ink: ink)
        let emblem = bandHeight * 2 / 3
        let emblemX = margin + px(30)
        canvas.ring(centerX: emblemX + emblem / 2, centerY: y + bandHeight / 2, radius: emblem / 2, thickness: px(8), ink: .white)
        canvas.ring(centerX: emblemX + emblem / 2, centerY: y + bandHeight / 2, radius: emblem / 4, thickness: px(6), ink: .white)
        let textX = emblemX + emblem + px(40)
        let available = margin + contentWidth - textX - px(20)
        let s = fitting(institution, preferred: 6, width: available)
        canvas.text(institution, x: textX, y: y + px(subtitle == nil ? 50 : 40), scale: s, ink: .white)
        if let subtitle {
            let sub = fitting(subtitle, preferred: 3, width: available)
            canvas.text(subtitle, x: textX, y: y + px(40) + lineHeight(s) + px(10), scale: sub, ink: .white)
        }
        y += bandHeight + px(90)
    }

    /// Centred title lines.
    mutating func title(_ lines: [String], preferred: Int = 7, ink: Ink = .black) {
        for line in lines {
            let s = fitting(line, preferred: preferred, width: contentWidth)
            let width = BitmapFont.width(of: line, scale: s)
            canvas.text(line, x: margin + (contentWidth - width) / 2, y: y, scale: s, ink: ink)
            y += lineHeight(s) + px(10)
        }
        y += px(50)
    }

    /// "LABEL: VALUE" lines, labels in gray, values in black.
    mutating func data(_ fields: [(String, String)], x: Int? = nil, labelScale: Int = 3, valueScale: Int = 4) {
        let left = x ?? margin + px(40)
        let ls = scale(labelScale)
        let labelWidth = fields.map { BitmapFont.width(of: $0.0 + ":", scale: ls) }.max() ?? 0
        for (label, value) in fields {
            let vs = fitting(value, preferred: valueScale, width: canvas.width - margin - left - labelWidth - px(30))
            canvas.text(label + ":", x: left, y: y + (vs - ls) * 7, scale: ls, ink: .darkGray)
            canvas.text(value, x: left + labelWidth + px(30), y: y, scale: vs, ink: .black)
            y += lineHeight(vs) + px(18)
        }
        y += px(40)
    }

    /// Paragraphs of word-like pseudo-Spanish, ragged right.
    mutating func paragraphs(_ count: Int, lines: ClosedRange<Int> = 2...3, scale textScale: Int = 3) {
        let s = scale(textScale)
        for _ in 0..<count {
            let lineCount = rng.int(in: lines)
            for index in 0..<lineCount {
                let isLast = index == lineCount - 1
                let indent = index == 0 ? px(60) : 0
                let limit = (isLast ? contentWidth * rng.int(in: 35...80) / 100 : contentWidth - px(20)) - indent
                var line = ""
                while true {
                    let word = nextWord()
                    let candidate = line.isEmpty ? word : line + " " + word
                    if BitmapFont.width(of: candidate, scale: s) > limit { break }
                    line = candidate
                }
                canvas.text(isLast ? line + "." : line, x: margin + indent, y: y, scale: s, ink: Self.bodyInk)
                y += lineHeight(s)
            }
            y += px(30)
        }
    }

    /// Body text prints lighter than the data (toner-saving laser print); it also keeps the
    /// JPEG small, since small dark glyphs are the costliest content of a page.
    static let bodyInk = Ink(gray: 105)

    private static let syllables = ["DE", "LA", "CON", "PRE", "SEN", "TE", "RA", "MEN", "TO", "CI\u{D3}N", "DO", "ES",
                                    "TRA", "NA", "LI", "CO", "RE", "SO", "PA", "TI", "VO", "MI", "NIS", "RIO", "CER",
                                    "TI", "FI", "CA", "DA", "MO", "SA", "LUD", "AC", "GRA", "DUA", "\u{C9}", "\u{CD}"]
    private static let shortWords = ["DE", "LA", "EL", "Y", "EN", "QUE", "LOS", "DEL", "POR", "CON", "AL", "SU", "SE"]

    private mutating func nextWord() -> String {
        if rng.int(in: 0...2) == 0 { return Self.shortWords[rng.int(in: 0...(Self.shortWords.count - 1))] }
        return (0..<rng.int(in: 2...4)).map { _ in Self.syllables[rng.int(in: 0...(Self.syllables.count - 1))] }.joined()
    }

    /// A QR code (with its 4-module quiet zone) of at least 6 px per module at 300 dpi unless
    /// `moduleSize` says otherwise, at the right margin; returns its side. Keeps the cursor where it was.
    @discardableResult
    mutating func qr(_ payload: [UInt8], top: Int, right: Bool = true, damaged: Bool = false, moduleSize requested: Int? = nil) throws -> Int {
        let matrix = try QRGenerator.modules(for: payload, level: .medium)
        let moduleSize = requested.map { max(1, $0) } ?? max(6, px(8))
        var image = matrix.render(moduleSize: moduleSize)
        if damaged {
            // Randomise the modules between the finder patterns, as a stain or a fold would.
            let quiet = 4, size = matrix.size
            for my in 9..<(size - 9) {
                for mx in 9..<(size - 9) where rng.int(in: 0...1) == 0 {
                    let value: UInt8 = rng.int(in: 0...1) == 0 ? 0 : 255
                    for dy in 0..<moduleSize {
                        let row = ((my + quiet) * moduleSize + dy) * image.width
                        for dx in 0..<moduleSize { image.pixels[row + (mx + quiet) * moduleSize + dx] = value }
                    }
                }
            }
        }
        let x = right ? margin + contentWidth - image.width : margin
        canvas.paste(image, x: x, y: top)
        return image.width
    }

    /// A handwritten-looking scribble over a signature line, with the caption under it.
    mutating func signature(caption: String, x: Int, width: Int) {
        let lineY = y + px(160)
        var points: [(x: Double, y: Double)] = []
        let loops = rng.int(in: 5...7)
        let steps = 160
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            let phase = t * Double(loops) * 2 * Double.pi
            let px0 = Double(x) + Double(width) * (0.1 + 0.8 * t) + Double(width) * 0.04 * cosApprox(phase)
            let py0 = Double(lineY) - Double(px(70)) - Double(px(55)) * sinApprox(phase) * (1 - 0.5 * t)
            points.append((px0, py0))
        }
        canvas.stroke(points, thickness: max(2, px(5)), ink: .pen)
        canvas.line(from: (Double(x), Double(lineY)), to: (Double(x + width), Double(lineY)), thickness: max(1, px(3)), ink: .black)
        let s = scale(3)
        canvas.text(caption, x: x + (width - BitmapFont.width(of: caption, scale: s)) / 2, y: lineY + px(20), scale: s, ink: .black)
        y = lineY + px(20) + lineHeight(s) + px(40)
    }

    /// An institution's round rubber stamp.
    mutating func stamp(centerX: Int, centerY: Int, text: String) {
        let radius = px(170)
        let ink = Ink(r: 70, g: 80, b: 160)
        canvas.ring(centerX: centerX, centerY: centerY, radius: radius, thickness: px(8), ink: ink)
        canvas.ring(centerX: centerX, centerY: centerY, radius: radius - px(40), thickness: px(4), ink: ink)
        let s = fitting(text, preferred: 3, width: radius * 3 / 2)
        canvas.text(text, x: centerX - BitmapFont.width(of: text, scale: s) / 2, y: centerY - 7 * s / 2, scale: s, ink: ink)
    }

    /// A ruled table with a header row.
    mutating func table(headers: [String], rows: [[String]], columnWeights: [Int]) {
        let s = scale(3)
        let rowHeight = lineHeight(s) + px(24)
        let total = columnWeights.reduce(0, +)
        var columnX: [Int] = [margin]
        for weight in columnWeights { columnX.append(columnX.last! + contentWidth * weight / total) }
        let thickness = max(1, px(3))
        canvas.fill(x: margin, y: y, width: contentWidth, height: rowHeight, ink: .lightGray)
        for (rowIndex, row) in ([headers] + rows).enumerated() {
            let top = y + rowIndex * rowHeight
            for (column, cell) in row.enumerated() {
                canvas.text(cell, x: columnX[column] + px(20), y: top + px(12) + 2 * s, scale: s, ink: .black)
            }
            canvas.fill(x: margin, y: top, width: contentWidth, height: thickness, ink: .darkGray)
        }
        let bottom = y + (rows.count + 1) * rowHeight
        canvas.fill(x: margin, y: bottom, width: contentWidth, height: thickness, ink: .darkGray)
        for x in columnX { canvas.fill(x: min(x, margin + contentWidth - thickness), y: y, width: thickness, height: bottom - y, ink: .darkGray) }
        y = bottom + px(60)
    }

    /// Small print at the bottom of the page.
    mutating func footer(_ text: String) {
        let s = scale(2)
        let top = canvas.height - margin / 2 - lineHeight(s)
        canvas.fill(x: margin, y: top - px(20), width: contentWidth, height: max(1, px(2)), ink: .midGray)
        canvas.text(text, x: margin, y: top, scale: s, ink: .darkGray)
    }
}

// Deterministic trigonometry: Foundation's sin/cos may differ in the last bit across libm
// versions, which would change the pixels. A Taylor series evaluated in plain Double is stable.
func sinApprox(_ x: Double) -> Double {
    let twoPi = 2 * Double.pi
    var a = x - twoPi * (x / twoPi).rounded(.down) // [0, 2π)
    if a > Double.pi { a -= twoPi } // (−π, π]
    let a2 = a * a
    var term = a, sum = a
    for n in 1...9 {
        term *= -a2 / Double((2 * n) * (2 * n + 1))
        sum += term
    }
    return sum
}

func cosApprox(_ x: Double) -> Double { sinApprox(x + Double.pi / 2) }

extension PageCanvas {
    /// A circle outline of the given stroke thickness.
    mutating func ring(centerX: Int, centerY: Int, radius: Int, thickness: Int, ink: Ink) {
        let steps = max(16, radius * 4)
        let points = (0...steps).map { i -> (x: Double, y: Double) in
            let angle = Double(i) / Double(steps) * 2 * Double.pi
            return (Double(centerX) + Double(radius) * cosApprox(angle), Double(centerY) + Double(radius) * sinApprox(angle))
        }
        stroke(points, thickness: thickness, ink: ink)
    }

    /// A filled circle.
    mutating func disc(centerX: Int, centerY: Int, radius: Int, ink: Ink) {
        for dy in -radius...radius {
            var half = 0
            while (half + 1) * (half + 1) + dy * dy <= radius * radius { half += 1 }
            fill(x: centerX - half, y: centerY + dy, width: 2 * half + 1, height: 1, ink: ink)
        }
    }
}
