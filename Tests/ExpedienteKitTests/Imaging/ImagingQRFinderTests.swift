import Foundation
import Testing
@testable import ExpedienteKit
import ExpedienteSamples

/// `QRFinderDetector`: a QR symbol is recognised by its three finder patterns even when zbar
/// cannot decode it, and pages without one are not mistaken for one.
@Suite struct ImagingQRFinderTests {
    typealias F = ImagingFixtures

    static let payload = Array("EXP-2025-000123|Pérez Gómez|Cédula 12345678".utf8)
    static let letter = (2550, 3300) // US letter at 300 dpi
    static let halfLetter = (1275, 1650)

    /// The page as decoded from a quality-80 JPEG, like a scanned upload.
    static func throughJPEG(_ page: GrayImage) throws -> GrayImage {
        let jpeg = try JPEGCodec.encode(RasterImage(page), quality: 80, density: PixelDensity(unit: .perInch, x: 300, y: 300))
        let decoded = try JPEGCodec.decodeGray(jpeg)
        #expect(decoded.warningCount == 0)
        return decoded.image
    }

    /// `symbol` pasted on a white page, top right like the QR of a título or cédula.
    static func page(with symbol: GrayImage, size: (Int, Int) = halfLetter) -> (page: GrayImage, origin: (Int, Int)) {
        var canvas = GrayImage(width: size.0, height: size.1, fill: 255)
        let origin = (size.0 - symbol.width - 80, 80)
        F.paste(symbol, onto: &canvas, x: origin.0, y: origin.1)
        return (canvas, origin)
    }

    /// Expected finder centres (top-left, top-right, bottom-left) of a rendered symbol at `origin`
    /// (the render has a 4-module quiet zone; a finder centre is 3.5 modules in).
    static func finderCentres(size: Int, moduleSize m: Int, origin: (Int, Int)) -> [(Double, Double)] {
        let near = 7.5 * Double(m), far = (Double(size) + 0.5) * Double(m)
        let ox = Double(origin.0), oy = Double(origin.1)
        return [(ox + near, oy + near), (ox + far, oy + near), (ox + near, oy + far)]
    }

    static func expectCorners(_ corners: [FinderPattern]?, near expected: [(Double, Double)], moduleSize: Int) {
        guard let corners else { Issue.record("no QR found"); return }
        #expect(corners.count == 3)
        // Right-angle corner first; the other two in either order.
        let tolerance = Double(moduleSize)
        func close(_ p: FinderPattern, _ e: (Double, Double)) -> Bool { abs(p.x - e.0) <= tolerance && abs(p.y - e.1) <= tolerance }
        #expect(close(corners[0], expected[0]), "\(corners[0]) vs \(expected[0])")
        #expect(corners.dropFirst().allSatisfy { c in expected.dropFirst().contains { close(c, $0) } }, "\(corners)")
        #expect(corners.allSatisfy { abs($0.moduleSize - Double(moduleSize)) <= 1 })
    }

    /// Renders `matrix`, then replaces every module of the central `fraction` × `fraction` square
    /// that is not part of a finder pattern or its separator with a random dark/light module.
    static func damagedSymbol(_ matrix: QRMatrix, moduleSize: Int, fraction: Double, seed: UInt64) -> GrayImage {
        var image = matrix.render(moduleSize: moduleSize)
        var random = ImagingRandom(state: seed)
        let n = matrix.size
        let lo = Int((Double(n) * (1 - fraction) / 2).rounded()), hi = n - lo
        for my in lo..<hi {
            for mx in lo..<hi {
                if (mx < 8 && my < 8) || (mx >= n - 8 && my < 8) || (mx < 8 && my >= n - 8) { continue }
                let value: UInt8 = random.next() & 1 == 0 ? 0 : 255
                for py in 0..<moduleSize {
                    let row = ((my + 4) * moduleSize + py) * image.width + (mx + 4) * moduleSize
                    for px in 0..<moduleSize { image.pixels[row + px] = value }
                }
            }
        }
        return image
    }

    /// Separable (2r+1)×(2r+1) box filter.
    static func boxBlurred(_ image: GrayImage, radius: Int) -> GrayImage {
        func pass(_ src: GrayImage, horizontal: Bool) -> GrayImage {
            var out = src
            let w = src.width, h = src.height
            for y in 0..<h {
                for x in 0..<w {
                    var sum = 0, count = 0
                    for d in -radius...radius {
                        let xx = horizontal ? x + d : x, yy = horizontal ? y : y + d
                        guard xx >= 0, xx < w, yy >= 0, yy < h else { continue }
                        sum += Int(src.pixels[yy * w + xx]); count += 1
                    }
                    out.pixels[y * w + x] = UInt8(sum / count)
                }
            }
            return out
        }
        return pass(pass(image, horizontal: true), horizontal: false)
    }

    /// Nearest-neighbour rotation about the centre, white outside.
    static func rotated(_ image: GrayImage, degrees: Double) -> GrayImage {
        let a = degrees * Double.pi / 180
        let c = cos(a), s = sin(a)
        let cx = Double(image.width) / 2, cy = Double(image.height) / 2
        var out = GrayImage(width: image.width, height: image.height, fill: 255)
        for y in 0..<image.height {
            for x in 0..<image.width {
                let dx = Double(x) - cx, dy = Double(y) - cy
                let sx = Int((c * dx + s * dy + cx).rounded()), sy = Int((-s * dx + c * dy + cy).rounded())
                if sx >= 0, sy >= 0, sx < image.width, sy < image.height { out[x, y] = image[sx, sy] }
            }
        }
        return out
    }

    // MARK: - Present

    @Test(arguments: [3, 10])
    func cleanQROnALetterPageIsDetected(moduleSize: Int) throws {
        let matrix = try QRGenerator.modules(for: Self.payload)
        let (page, origin) = Self.page(with: matrix.render(moduleSize: moduleSize), size: Self.letter)
        let scanned = try Self.throughJPEG(page)
        let decoded = QRScanner.scan(scanned).map(\.bytes), present = QRFinderDetector.looksLikeQR(scanned)
        #expect(decoded == [Self.payload])
        #expect(present)
        Self.expectCorners(QRFinderDetector.symbolCorners(in: scanned),
                           near: Self.finderCentres(size: matrix.size, moduleSize: moduleSize, origin: origin),
                           moduleSize: moduleSize)
    }

    @Test(arguments: [4, 6])
    func cleanQRIsDetected(moduleSize: Int) throws {
        let matrix = try QRGenerator.modules(for: Array("MUÑOZ".utf8), level: .high)
        let (page, origin) = Self.page(with: matrix.render(moduleSize: moduleSize))
        let scanned = try Self.throughJPEG(page)
        Self.expectCorners(QRFinderDetector.symbolCorners(in: scanned),
                           near: Self.finderCentres(size: matrix.size, moduleSize: moduleSize, origin: origin),
                           moduleSize: moduleSize)
        let found = QRFinderDetector.candidates(in: scanned)
        #expect(found.count == 3)
    }

    @Test func qrWithDamagedDataRegionIsUnreadableButPresent() throws {
        let matrix = try QRGenerator.modules(for: Self.payload)
        // Central 63 % × 63 % ≈ 40 % of the modules, finders spared.
        let symbol = Self.damagedSymbol(matrix, moduleSize: 6, fraction: 0.63, seed: 1)
        let (page, origin) = Self.page(with: symbol)
        let scanned = try Self.throughJPEG(page)
        let zbarCodes = QRScanner.scan(scanned), present = QRFinderDetector.looksLikeQR(scanned)
        #expect(zbarCodes.isEmpty) // zbar cannot read it...
        #expect(present) // ...but the symbol is there
        Self.expectCorners(QRFinderDetector.symbolCorners(in: scanned),
                           near: Self.finderCentres(size: matrix.size, moduleSize: 6, origin: origin), moduleSize: 6)
    }

    @Test func heavilyBlurredQRIsPresentAndReadOnlyByTheFallbacks() throws {
        let matrix = try QRGenerator.modules(for: Self.payload)
        // A 9×9 box filter on 6 px modules: zbar alone gives up, the finders' rings survive, and
        // the scanner's crop around them (sharpened) reads it.
        let symbol = Self.boxBlurred(matrix.render(moduleSize: 6), radius: 4)
        let (page, origin) = Self.page(with: symbol)
        let scanned = try Self.throughJPEG(page)
        let zbarCodes = QRScanner.scanOnce(scanned), present = QRFinderDetector.looksLikeQR(scanned)
        #expect(zbarCodes.isEmpty) // zbar alone cannot read it...
        #expect(present) // ...but the symbol is there
        #expect(QRScanner.scan(scanned).map(\.bytes) == [Self.payload])
        Self.expectCorners(QRFinderDetector.symbolCorners(in: scanned),
                           near: Self.finderCentres(size: matrix.size, moduleSize: 6, origin: origin), moduleSize: 6)
    }

    @Test(arguments: [90.0, 4.0, -3.0, 45.0])
    func rotatedQRIsDetected(degrees: Double) throws {
        let matrix = try QRGenerator.modules(for: Self.payload)
        let rendered = matrix.render(moduleSize: 6)
        // Room for the corners: a square turned 45° needs √2 × its side.
        var padded = GrayImage(width: rendered.width * 3 / 2, height: rendered.height * 3 / 2, fill: 255)
        F.paste(rendered, onto: &padded, x: rendered.width / 4, y: rendered.height / 4)
        let symbol = Self.rotated(padded, degrees: degrees)
        let scanned = try Self.throughJPEG(Self.page(with: symbol).page)
        let present = QRFinderDetector.looksLikeQR(scanned)
        #expect(present, "rotated \(degrees)°")
    }

    @Test func greyOnGreyLowContrastScanIsDetected() throws {
        let matrix = try QRGenerator.modules(for: Self.payload)
        var symbol = matrix.render(moduleSize: 5)
        symbol.pixels = symbol.pixels.map { $0 == 0 ? 90 : 200 }
        var (page, _) = Self.page(with: symbol)
        page.pixels = page.pixels.map { $0 == 255 ? 200 : $0 }
        let present = QRFinderDetector.looksLikeQR(try Self.throughJPEG(page))
        #expect(present)
    }

    // MARK: - Absent

    @Test func textLikeBarsAreNotAQR() throws {
        var page = GrayImage(width: Self.halfLetter.0, height: Self.halfLetter.1, fill: 255)
        var random = ImagingRandom(state: 99)
        // Lines of "words": dark bars 10-14 px high, 15-120 px long, 8-20 px apart; 30 px leading.
        var y = 60
        while y + 14 < page.height - 60 {
            let height = 10 + Int(random.next() % 5)
            var x = 80
            while x < page.width - 200 {
                let length = 15 + Int(random.next() % 106)
                for row in y..<(y + height) {
                    for column in x..<min(x + length, page.width - 80) { page[column, row] = 0 }
                }
                x += length + 8 + Int(random.next() % 13)
            }
            y += 30
        }
        let scanned = try Self.throughJPEG(page)
        let present = QRFinderDetector.looksLikeQR(scanned), codes = QRScanner.scan(scanned)
        #expect(!present)
        #expect(codes.isEmpty)
    }

    @Test func blankPagesAreNotAQR() throws {
        let scannedBlank = QRFinderDetector.looksLikeQR(try Self.throughJPEG(GrayImage(width: 1275, height: 1650, fill: 255)))
        #expect(!scannedBlank)
        for fill: UInt8 in [255, 0, 128] {
            let found = QRFinderDetector.candidates(in: GrayImage(width: 1275, height: 1650, fill: fill))
            #expect(found.isEmpty, "fill \(fill)")
        }
    }

    @Test func randomNoiseIsNotAQR() throws {
        var random = ImagingRandom(state: 4242)
        let noise = GrayImage(width: 1275, height: 1650, pixels: (0..<(1275 * 1650)).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        let raw = QRFinderDetector.looksLikeQR(noise), scanned = QRFinderDetector.looksLikeQR(try Self.throughJPEG(noise))
        #expect(!raw && !scanned)
    }

    @Test(arguments: [1, 3, 8, 21])
    func checkerboardIsNotAQR(square: Int) {
        let w = 1000, h = 1200
        let board = GrayImage(width: w, height: h, pixels: (0..<(w * h)).map { i in
            ((i % w) / square + (i / w) / square) % 2 == 0 ? 0 : 255
        })
        let found = QRFinderDetector.candidates(in: board), present = QRFinderDetector.looksLikeQR(board)
        #expect(found.isEmpty && !present)
    }

    @Test func randomModuleGridWithoutFindersIsNotAQR() throws {
        // Looks like a QR data region everywhere, but has no finder patterns.
        var random = ImagingRandom(state: 7)
        var page = GrayImage(width: 1200, height: 1200, fill: 255)
        for my in 0..<190 {
            for mx in 0..<190 where random.next() & 1 == 0 {
                for py in 0..<6 { for px in 0..<6 { page[30 + mx * 6 + px, 30 + my * 6 + py] = 0 } }
            }
        }
        let present = QRFinderDetector.looksLikeQR(try Self.throughJPEG(page))
        #expect(!present)
    }

    @Test func aLoneFinderOrAPairIsNotAQR() throws {
        let matrix = try QRGenerator.modules(for: Self.payload)
        var symbol = matrix.render(moduleSize: 6)
        // Erase the bottom-left finder (and the rest of the left-bottom quarter).
        for y in (symbol.height / 2)..<symbol.height { for x in 0..<(symbol.width / 2) { symbol[x, y] = 255 } }
        let scanned = try Self.throughJPEG(Self.page(with: symbol).page)
        let found = QRFinderDetector.candidates(in: scanned), present = QRFinderDetector.looksLikeQR(scanned)
        #expect(found.count == 2)
        #expect(!present)
    }

    @Test func triangleGeometry() {
        func p(_ x: Double, _ y: Double, _ m: Double = 5) -> FinderPattern { FinderPattern(x: x, y: y, moduleSize: m, confirmations: 10) }
        // Right isosceles, legs 130 px = 26 modules.
        #expect(QRFinderDetector.triangle(among: [p(230, 100), p(100, 230), p(100, 100)])?.first == p(100, 100))
        // Collinear, equilateral, legs too unequal, or module sizes too different.
        #expect(QRFinderDetector.triangle(among: [p(0, 0), p(130, 0), p(260, 0)]) == nil)
        #expect(QRFinderDetector.triangle(among: [p(0, 0), p(130, 0), p(65, 112.6)]) == nil)
        #expect(QRFinderDetector.triangle(among: [p(100, 100), p(230, 100), p(100, 300)]) == nil)
        #expect(QRFinderDetector.triangle(among: [p(100, 100, 5), p(230, 100, 5), p(100, 230, 10)]) == nil)
        // Legs of 2 modules: too small for any QR version.
        #expect(QRFinderDetector.triangle(among: [p(100, 100, 50), p(200, 100, 50), p(100, 200, 50)]) == nil)
        #expect(QRFinderDetector.triangle(among: [p(1, 1), p(2, 2)]) == nil)
        #expect(QRFinderDetector.triangle(among: []) == nil)
    }

    // MARK: - Robustness and speed

    @Test func degenerateInputNeverTraps() {
        var random = ImagingRandom(state: 1)
        var images: [GrayImage] = [
            GrayImage(width: 0, height: 0, pixels: []),
            GrayImage(width: 1, height: 1, fill: 0),
            GrayImage(width: 1, height: 1, fill: 255),
            GrayImage(width: 20, height: 20, fill: 0),
            GrayImage(width: 100, height: 100, pixels: [0, 1, 2]), // pixel count does not match
            GrayImage(width: -5, height: 10, pixels: []),
            GrayImage(width: Int.max, height: 2, pixels: [0]),
            GrayImage(width: 3000, height: 21, fill: 0),
            GrayImage(width: 21, height: 3000, fill: 255),
        ]
        for (w, h) in [(21, 21), (22, 37), (57, 23), (64, 64), (129, 77)] {
            images.append(GrayImage(width: w, height: h, pixels: (0..<(w * h)).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
            images.append(GrayImage(width: w, height: h, pixels: (0..<(w * h)).map { _ in random.next() & 1 == 0 ? 0 : 255 }))
        }
        // A symbol cropped so that finders touch the image edges.
        if let matrix = try? QRGenerator.modules(for: [0x41]) {
            var symbol = matrix.render(moduleSize: 2)
            let inner = symbol.width - 16
            symbol = GrayImage(width: inner, height: inner, pixels: (0..<(inner * inner)).map { symbol[8 + $0 % inner, 8 + $0 / inner] })
            images.append(symbol)
        }
        for image in images {
            _ = QRFinderDetector.candidates(in: image)
            _ = QRFinderDetector.looksLikeQR(image)
        }
        let emptyFound = QRFinderDetector.looksLikeQR(GrayImage(width: 0, height: 0, pixels: []))
        #expect(!emptyFound)
    }

    /// Speed is measured by scripts/bench, not here; this checks the full-page answers.
    @Test func letterPageWithQRVersusNoise() throws {
        let matrix = try QRGenerator.modules(for: Self.payload)
        let scanned = try Self.throughJPEG(Self.page(with: matrix.render(moduleSize: 4), size: Self.letter).page)
        var random = ImagingRandom(state: 3)
        let noise = GrayImage(width: 2550, height: 3300, pixels: (0..<(2550 * 3300)).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        #expect(QRFinderDetector.looksLikeQR(scanned))
        #expect(!QRFinderDetector.looksLikeQR(noise))
    }
}
