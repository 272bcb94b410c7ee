@testable import ExpedienteKit
import ExpedienteSamples

/// Real inputs for the engine, made with the project's renderer and codecs, once per run.
enum FixPages {
    /// A grey 300-ppp Letter acta with scanner noise (σ 8) at quality 92: about 2.5 MB.
    static let noisyGrayLetter: [UInt8] = try! SamplePages.jpeg(PageOptions(
        kind: .actaNacimiento, quality: 92, color: false, noiseSeed: 11, degradations: [.noise(sigma: 8, seed: 11)]))

    /// The legibility thresholds of the convocatorias (README, «Calidad de imagen»).
    static let thresholds = QualityThresholds(minSharpness: 0.40, minContrast: 60)

    /// A small colour page: a grey sheet with text-like bars, a red seal and a blue signature.
    static func colorCard(width: Int = 600, height: Int = 400, noise: Double = 0) -> RasterImage {
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                var rgb: (UInt8, UInt8, UInt8) = (244, 240, 228)
                if y % 40 < 6, x > 40, x < width - 40 { rgb = (40, 40, 40) }
                if (x - width * 3 / 4) * (x - width * 3 / 4) + (y - height / 2) * (y - height / 2) < 60 * 60 { rgb = (200, 30, 40) }
                if y > height - 60, y < height - 50, x > 60, x < 260 { rgb = (25, 45, 150) }
                let i = (y * width + x) * 3
                (pixels[i], pixels[i + 1], pixels[i + 2]) = rgb
            }
        }
        let image = RasterImage(width: width, height: height, components: 3, pixels: pixels)
        return noise > 0 ? noisy(image, sigma: noise) : image
    }

    /// A small grey page with text-like bars.
    static func grayPage(width: Int = 600, height: Int = 800) -> RasterImage {
        var pixels = [UInt8](repeating: 246, count: width * height)
        for y in 0..<height where y % 30 < 5 {
            for x in 40..<(width - 40 - (y * 37) % 200) { pixels[y * width + x] = 35 }
        }
        return RasterImage(width: width, height: height, components: 1, pixels: pixels)
    }

    /// Deterministic noise of about ± `sigma` levels (sum of two uniforms).
    static func noisy(_ image: RasterImage, sigma: Double) -> RasterImage {
        var rng = SplitMix64(seed: 5)
        var out = image
        let span = max(1, Int(sigma * 1.7))
        for i in out.pixels.indices {
            let delta = rng.int(in: -span...span) + rng.int(in: -span...span)
            out.pixels[i] = UInt8(clamping: Int(out.pixels[i]) + delta / 2)
        }
        return out
    }

    static func jpeg(_ image: RasterImage, dpi: Int = 300, quality: Int = 90, cmyk: Bool = false,
                     markers: [(code: UInt8, payload: [UInt8])] = []) throws -> [UInt8] {
        try JPEGCodec.encode(image, quality: quality, density: PixelDensity(unit: .perInch, x: Double(dpi), y: Double(dpi)),
                             cmyk: cmyk, extraMarkers: markers)
    }

    static func rewritten(_ result: PageRepairResult) -> [UInt8]? {
        if case .rewritten(let bytes) = result.outcome { return bytes }
        return nil
    }

    static func density(_ bytes: [UInt8]) -> Double? { (try? JPEGCodec.readHeader(bytes))?.jfifDensity?.dpi }
}
