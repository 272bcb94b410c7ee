@testable import ExpedienteKit
import ExpedienteSamples
import Testing

/// The metrics themselves, on decodes of real generated scans.
@Suite struct PageQualityTests {
    static func decode(_ options: PageOptions, scale: Int) throws -> GrayImage {
        try JPEGCodec.decodeGray(try SamplePages.jpeg(options), scaleDenominator: scale).image
    }

    @Test func aCrispScanMeasuresAsCrisp() throws {
        let image = try Self.decode(PageOptions(kind: .curp), scale: 4)
        let q = try #require(PageQuality.measure(image, ppi: 75))
        #expect(q.documentFraction > 0.95)
        #expect(q.background > 230)
        #expect(try #require(q.contrast) > 150)
        #expect(try #require(q.sharpness) > 0.7)
        #expect(q.noise < 2)
        #expect(try #require(q.lineAxisRatio) < 1)
        #expect(try #require(q.bottomToTopInk) < 1)
    }

    /// The QR documents are decoded at full size and reduced by box averaging; the others are
    /// decoded by libjpeg at 1/4. Both must measure the same page alike.
    @Test func libjpegScalingAndBoxReductionAgree() throws {
        let options = PageOptions(kind: .puntajeENARM)
        let scaled = try #require(PageQuality.measure(try Self.decode(options, scale: 4), ppi: 75))
        let reduced = try #require(PageQuality.measure(try Self.decode(options, scale: 1).downscaledByTwo().downscaledByTwo(), ppi: 75))
        #expect(abs(try #require(scaled.sharpness) - (try #require(reduced.sharpness))) < 0.1)
        #expect(abs(try #require(scaled.contrast) - (try #require(reduced.contrast))) < 15)
        #expect(abs(scaled.background - reduced.background) <= 2)
        #expect(abs(scaled.inkCoverage - reduced.inkCoverage) < 0.03)
    }

    /// A 150-ppp scan is measured at 1/2 (75 ppp), so its sharpness compares with a 300-ppp one.
    @Test func sharpnessDoesNotDependOnTheScanResolution() throws {
        let at300 = try #require(PageQuality.measure(try Self.decode(PageOptions(kind: .solicitud), scale: 4), ppi: 75))
        let at150 = try #require(PageQuality.measure(try Self.decode(PageOptions(kind: .solicitud, dpi: 150), scale: 2), ppi: 75))
        #expect(PageQuality.reductionFactor(dpi: 150) == 2)
        #expect(PageQuality.reductionFactor(dpi: 300) == 4)
        #expect(PageQuality.reductionFactor(dpi: 600) == 8)
        #expect(PageQuality.reductionFactor(dpi: nil) == 4)
        #expect(try #require(at150.sharpness) > 0.6)
        #expect(abs(try #require(at150.sharpness) - (try #require(at300.sharpness))) < 0.3)
    }

    @Test func blurLowersSharpnessMonotonically() throws {
        var previous = Double.infinity
        for sigma in [0.0, 2, 4, 8] {
            let options = PageOptions(kind: .identificacion2, degradations: sigma > 0 ? [.blur(sigma: sigma)] : [])
            let sharpness = try #require(PageQuality.measure(try Self.decode(options, scale: 4), ppi: 75)?.sharpness)
            #expect(sharpness < previous, "σ \(sigma): \(sharpness) should be below \(previous)")
            previous = sharpness
        }
    }

    @Test func implausibleResolutionsFallBackTo300() {
        #expect(PageQuality.assumedDPI(1) == 300)
        #expect(PageQuality.assumedDPI(10_000) == 300)
        #expect(PageQuality.assumedDPI(200) == 200)
    }

    @Test(arguments: [(1, 1), (23, 500), (500, 23), (24, 24), (3000, 24)])
    func tinyOrThinImagesAreMeasuredOrSkippedWithoutCrashing(width: Int, height: Int) {
        for fill: UInt8 in [0, 128, 255] {
            let result = PageQuality.measure(GrayImage(width: width, height: height, fill: fill), ppi: 75)
            if min(width, height) < 24 { #expect(result == nil) } else { #expect(result?.inkCoverage == 0) }
        }
    }

    @Test func extremeImagesGiveFiniteMetrics() throws {
        var random = ImagingRandom(state: 99)
        let noise = GrayImage(width: 300, height: 400, pixels: (0..<120_000).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        var checkerboard = GrayImage(width: 300, height: 400, fill: 255)
        for y in 0..<400 { for x in 0..<300 where (x + y) % 2 == 0 { checkerboard.pixels[y * 300 + x] = 0 } }
        let mismatched = GrayImage(width: 300, height: 400, pixels: [1, 2, 3])
        #expect(PageQuality.measure(mismatched, ppi: 75) == nil)
        for image in [noise, checkerboard, GrayImage(width: 300, height: 400, fill: 0)] {
            let q = try #require(PageQuality.measure(image, ppi: 75))
            for value in [q.documentFraction, q.background, q.noise, q.inkCoverage, q.contrast ?? 0, q.sharpness ?? 0] {
                #expect(value.isFinite)
            }
        }
    }
}
