import Testing
@testable import ExpedienteKit

/// The vectorised pixel loops give exactly what their plain definitions give, on every width
/// (the vector part and the remainder) and on noise, where every pixel differs.
@Suite struct ImagingPixelKernelTests {
    typealias F = ImagingFixtures

    static func noise(width: Int, height: Int, seed: UInt64) -> GrayImage {
        GrayImage(width: width, height: height, pixels: F.randomBytes(count: width * height, seed: seed))
    }

    @Test func halvingIsTheRoundedMeanOfEachTwoByTwoBlock() {
        for (width, height) in [(2, 2), (3, 5), (15, 4), (16, 2), (17, 3), (33, 9), (1275, 40)] {
            let image = Self.noise(width: width, height: height, seed: UInt64(width * 31 + height))
            let half = image.downscaledByTwo()
            let w = width / 2, h = height / 2
            #expect(half.width == w && half.height == h)
            var expected = [UInt8]()
            for y in 0..<h {
                for x in 0..<w {
                    let p = { (dx: Int, dy: Int) in Int(image.pixels[(2 * y + dy) * width + 2 * x + dx]) }
                    expected.append(UInt8((p(0, 0) + p(1, 0) + p(0, 1) + p(1, 1) + 2) / 4))
                }
            }
            #expect(half.pixels == expected, "\(width)×\(height)")
        }
    }

    @Test func signatureCellsAreTheMeansOfTheirBoxes() throws {
        let side = PictureSignature.side
        // The last is taller than 16-bit column sums allow.
        for (width, height) in [(64, 64), (65, 100), (637, 825), (1275, 1650), (70, 17_000)] {
            let image = Self.noise(width: width, height: height, seed: UInt64(width + height))
            let signature = try #require(PictureSignature(image))
            var expected = [UInt8]()
            for cy in 0..<side {
                let y0 = cy * height / side, y1 = (cy + 1) * height / side
                for cx in 0..<side {
                    let x0 = cx * width / side, x1 = (cx + 1) * width / side
                    var sum = 0
                    for y in y0..<y1 { for x in x0..<x1 { sum += Int(image.pixels[y * width + x]) } }
                    expected.append(UInt8(sum / max(1, (y1 - y0) * (x1 - x0))))
                }
            }
            #expect(signature.cells == expected, "\(width)×\(height)")
        }
        #expect(PictureSignature(Self.noise(width: 63, height: 200, seed: 1)) == nil)
    }

    /// Pages for the binarisation: noise (every block has contrast), and noise in patches on flat
    /// paper and flat ink (flat blocks, inside and outside dark shapes), on odd sizes.
    static func patchy(width: Int, height: Int, seed: UInt64) -> GrayImage {
        var image = noise(width: width, height: height, seed: seed)
        let shades = F.randomBytes(count: (width / 8 + 1) * (height / 8 + 1), seed: seed &+ 7)
        for y in 0..<height {
            for x in 0..<width {
                let shade = shades[(y / 24) * (width / 8 + 1) + x / 24]
                if shade < 90 { image.pixels[y * width + x] = 18 } else if shade < 200 { image.pixels[y * width + x] = 236 &- UInt8(x & 3) }
            }
        }
        return image
    }

    /// The binarisation step of `QRFinderDetector` as written in its documentation, block by block.
    static func plainBinarisation(_ image: GrayImage) -> (thresholds: [UInt8], uniformity: [UInt8]) {
        let wide = (image.width + 7) / 8, high = (image.height + 7) / 8
        var black = [Int](repeating: 0, count: wide * high), lows = black, highs = black
        for by in 0..<high {
            for bx in 0..<wide {
                var sum = 0, lo = 255, hi = 0, area = 0
                for y in (by * 8)..<min(by * 8 + 8, image.height) {
                    for x in (bx * 8)..<min(bx * 8 + 8, image.width) {
                        let p = Int(image.pixels[y * image.width + x])
                        sum += p; lo = min(lo, p); hi = max(hi, p); area += 1
                    }
                }
                let i = by * wide + bx
                lows[i] = lo; highs[i] = hi
                var average = sum / area
                if hi - lo <= QRFinderDetector.minDynamicRange {
                    average = lo / 2
                    if by > 0 && bx > 0 {
                        let neighbours = (black[i - wide] + 2 * black[i - 1] + black[i - wide - 1]) / 4
                        if lo < neighbours { average = neighbours }
                    }
                }
                black[i] = average
            }
        }
        var thresholds = [UInt8](), uniformity = [UInt8]()
        for by in 0..<high {
            for bx in 0..<wide {
                var sum = 0, blocks = 0
                for yy in max(0, by - 2)...min(high - 1, by + 2) {
                    for xx in max(0, bx - 2)...min(wide - 1, bx + 2) { sum += black[yy * wide + xx]; blocks += 1 }
                }
                let t = sum / blocks, i = by * wide + bx
                thresholds.append(UInt8(t))
                uniformity.append(lows[i] > t ? QRFinderThresholds.allLight : highs[i] <= t ? QRFinderThresholds.allDark : QRFinderThresholds.mixed)
            }
        }
        return (thresholds, uniformity)
    }

    @Test func binarisationIsTheDetectorsDefinitionInBothPolarities() {
        for (width, height) in [(21, 21), (23, 37), (64, 64), (101, 77), (333, 250), (1275, 90)] {
            for image in [Self.noise(width: width, height: height, seed: UInt64(width)), Self.patchy(width: width, height: height, seed: UInt64(height))] {
                let statistics = image.pixels.withUnsafeBufferPointer { QRFinderThresholds($0, width: width, height: height) }
                let expected = Self.plainBinarisation(image)
                let normal = statistics.binarisation(inverted: false)
                #expect(normal.thresholds == expected.thresholds, "\(width)×\(height)")
                #expect(normal.uniformity == expected.uniformity, "\(width)×\(height)")
                // The inverse's, with each threshold t kept as 255 − t.
                let inverse = Self.plainBinarisation(image.inverted())
                let inverted = statistics.binarisation(inverted: true)
                #expect(inverted.thresholds == inverse.thresholds.map { 255 - $0 }, "\(width)×\(height)")
                #expect(inverted.uniformity == inverse.uniformity, "\(width)×\(height)")
            }
        }
    }
}

