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
        for (width, height) in [(64, 64), (65, 100), (637, 825), (1275, 1650)] {
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
}
