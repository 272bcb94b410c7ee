import Testing
@testable import ExpedienteKit
@testable import ExpedienteSamples

/// Timing lines whose runs the threshold miscounts, fitted to the size the other line counts.
@Suite struct ImagingQRTimingFitTests {
    /// `superficie-curva` item 8 of the bench set of seed 3: version 4 on a cylinder in 8 %
    /// perspective; the top timing line counts 29 modules, the left one the true 33.
    @Test func aMiscountedTimingLineIsFittedToTheOtherLinesSize() throws {
        let index = try #require(QRScanSet.categories.firstIndex { $0.name == "superficie-curva" })
        let (entry, jpeg) = try QRScanSet.scan(categoryIndex: index, item: 8, seed: 3)
        #expect(entry.version == 4)
        let image = try JPEGCodec.decodeGray(jpeg).image
        let corners = try #require(QRFinderDetector.triangle(among: QRFinderDetector.candidates(in: image)))
        #expect(QRMeshSampler.timingLines(image, corners: corners, inverted: false) == nil)
        let sizes = QRMeshSampler.sizes(of: QRMeshSampler.traces(image, corners: corners, inverted: false))
        #expect(sizes.contains(33) && sizes.count == 2)
        let lines = try #require(QRMeshSampler.timingLines(image, corners: corners, inverted: false, size: 33))
        #expect(lines.top.n == 33 && lines.left.n == 33 && lines.top.knots.count == 33 - 13 + 2)
        #expect(QRScanner.read(image).codes.contains { $0.bytes == entry.payload })
    }

    /// Modules that shrink from 12 to 5 samples along the line (a cylinder's edge), with noise:
    /// the fit puts every boundary within 2 samples of the truth.
    @Test func boundariesFollowModulesThatShrinkAlongTheLine() throws {
        let n = 41, inner = n - 14
        var widths = [Double](repeating: 0, count: inner)
        for i in 0..<inner { widths[i] = 12 - 7 * Double(i) / Double(inner - 1) }
        var truth: [Int] = [], position = 40.0
        truth.append(Int(position))
        for w in widths { position += w; truth.append(Int(position.rounded())) }
        let count = truth[inner] + 25
        var random = SplitMix64(seed: 11)
        var values = [Double](repeating: 0, count: count)
        for k in 0..<count {
            let run = truth.lastIndex { $0 <= k } ?? -1
            let dark = run < 0 || run >= inner || run % 2 == 1
            values[k] = (dark ? 40 : 200) + random.range(-30, 30)
        }
        // The same darkness against a local mean as `QRTimingFit.fitted`, as prefix sums.
        var darkness = [Double](repeating: 0, count: count + 1)
        for k in 0..<count {
            let lo = max(0, k - 30), hi = min(count, k + 31)
            let mean = values[lo..<hi].reduce(0, +) / Double(hi - lo)
            darkness[k + 1] = darkness[k] + mean - values[k]
        }
        let found = try #require(QRTimingFit.boundaries(darkness, count: count, modules: n, inner: inner))
        #expect(found.count == truth.count)
        #expect(zip(found, truth).allSatisfy { abs($0 - $1) <= 2 })
    }
}
