import Testing
@testable import ExpedienteKit
@testable import ExpedienteSamples

/// Codes blurred by half a module and more: the module grid equalized (`QRGridEqualizer`) and the
/// finders searched again on a sharpened copy.
@Suite struct ImagingQRBlurTests {
    static let blurIndex = QRScanSet.categories.firstIndex { $0.name == "desenfoque" }!

    /// The truth of a bench scan as a row-major grid.
    static func truth(item: Int, seed: UInt64) throws -> (grid: [Bool], n: Int) {
        let matrix = try QRScanSet.matrix(categoryIndex: blurIndex, item: item, seed: seed)
        let n = matrix.size
        return ((0..<(n * n)).map { matrix.isDark(x: $0 % n, y: $0 / n) }, n)
    }

    static func errors(_ grid: [Bool], _ truth: [Bool]) -> Int { zip(grid, truth).filter { $0 != $1 }.count }

    /// `desenfoque` item 13 of the bench set of seed 3: version 5, blur 0.59 module, through
    /// libjpeg. Sampled through the homography of the finders and the alignment pattern, the
    /// thresholds leave over a hundred modules wrong, the equalizer at most two; the fitted blur
    /// is the drawn one; the scanner reads the exact payload.
    @Test func aGridBlurredByMoreThanHalfAModuleIsEqualized() throws {
        let (entry, jpeg) = try QRScanSet.scan(categoryIndex: Self.blurIndex, item: 13, seed: 3)
        let (truth, n) = try Self.truth(item: 13, seed: 3)
        let image = try JPEGCodec.decodeGray(jpeg).image
        let corners = try #require(QRFinderDetector.triangle(among: QRFinderDetector.candidates(in: image)))
        let (h, size, _) = try #require(QRPerspective.homography(image, corners: corners, inverted: false))
        #expect(size == n)
        let levels = try #require(QRGridSampler.meanLevels(image, n: n, inverted: false) { h.map($0, $1) ?? (-1, -1) })
        for threshold in QRGridSampler.Threshold.allCases {
            #expect(Self.errors(QRGridSampler.binarize(levels, n: n, threshold: threshold), truth) > 100)
        }
        let equalized = try #require(QRGridEqualizer.equalized(levels, n: n))
        #expect(Self.errors(equalized, truth) <= 2)
        let fixed = try #require(QRGridEqualizer.fixedModules(n: n))
        let model = try #require(QRGridEqualizer.fit(levels, dark: truth.map { $0 ? 1 : 0 }, fixed: fixed, n: n))
        let sigma = try #require(QRGridEqualizer.sigmas.first { QRGridEqualizer.weights(sigma: $0) == model.weights })
        #expect(abs(sigma - entry.degradation.blurSigma / entry.degradation.moduleSize) <= 0.1)
        #expect(QRScanner.read(image).codes.contains { $0.bytes == entry.payload })
    }

    /// `desenfoque` item 17 of seed 3 (blur 0.56 module): the blur closes the light ring of two
    /// finders, which the page shows alone; on the sharpened page around the third they are
    /// found, and the code reads.
    @Test func findersThatBlurHidesAreFoundOnASharpenedCopy() throws {
        let (entry, jpeg) = try QRScanSet.scan(categoryIndex: Self.blurIndex, item: 17, seed: 3)
        let image = try JPEGCodec.decodeGray(jpeg).image
        let found = QRFinderDetector.candidates(in: image)
        #expect(found.count < 3 && QRFinderDetector.triangle(among: found) == nil)
        #expect(QRScanner.read(image).codes.contains { $0.bytes == entry.payload })
    }

    /// Every fixed module of a generated symbol is where the layout says, in both orientations.
    @Test func theFixedModulesAreThoseOfEveryGeneratedSymbol() throws {
        for version in [2, 7, 14] {
            let matrix = try QRGenerator.modules(for: Array("EXPEDIENTE-\(version)".utf8), minimumVersion: version)
            let n = matrix.size
            let fixed = try #require(QRGridEqualizer.fixedModules(n: n))
            #expect(fixed.filter { $0 >= 0 }.count > 200)
            for i in 0..<(n * n) where fixed[i] >= 0 {
                #expect((fixed[i] == 1) == matrix.isDark(x: i % n, y: i / n))
                #expect(fixed[(i % n) * n + i / n] == fixed[i])
            }
        }
    }

    /// Exact module centres of a symbol rendered at 6 px, blurred by σ from 0 to 0.8 module:
    /// the equalizer gives every module right (a sharp grid stays sharp).
    @Test func theEqualizerIsExactOnCleanBlurredRenders() throws {
        let matrix = try QRGenerator.modules(for: Array("https://example.org/cedula/1234567".utf8), level: .low, minimumVersion: 4)
        let n = matrix.size, module = 6
        let sharp = matrix.render(moduleSize: module)
        let truth = (0..<(n * n)).map { matrix.isDark(x: $0 % n, y: $0 / n) }
        for sigma in [0.0, 0.4, 0.6, 0.8] {
            let image = sigma > 0 ? QRScanRenderer.gaussianBlur(sharp, sigma: sigma * Double(module)) : sharp
            let levels = (0..<(n * n)).map { i -> Double in
                let x = (i % n + 4) * module + module / 2, y = (i / n + 4) * module + module / 2
                return Double(image.pixels[y * image.width + x])
            }
            let equalized = try #require(QRGridEqualizer.equalized(levels, n: n))
            #expect(Self.errors(equalized, truth) == 0, "σ \(sigma)")
        }
    }
}
