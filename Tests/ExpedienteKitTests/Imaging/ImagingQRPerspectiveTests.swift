import Testing
@testable import ExpedienteKit
@testable import ExpedienteSamples

/// Large symbols in strong perspective: the finders' affine frame puts the bottom-right
/// alignment pattern many modules off, the traced timing lines do not.
@Suite struct ImagingQRPerspectiveTests {
    /// `perspectiva` item 17 of the bench set of seed 7: version 14, 6.3 px modules, 10.6 %
    /// perspective across and shear 0.18.
    static func tiltedScan() throws -> (payload: [UInt8], image: GrayImage) {
        let index = try #require(QRScanSet.categories.firstIndex { $0.name == "perspectiva" })
        let (entry, jpeg) = try QRScanSet.scan(categoryIndex: index, item: 17, seed: 7)
        #expect(entry.version == 14 && abs(entry.degradation.perspectiveY) > 0.1)
        return (entry.payload, try JPEGCodec.decodeGray(jpeg).image)
    }

    @Test func timingLinesPlaceTheAlignmentPatternOfATiltedLargeSymbol() throws {
        let (payload, image) = try Self.tiltedScan()
        #expect(!ImagingQRFallbackTests.firstPassReads(image))
        let corners = try #require(QRFinderDetector.triangle(among: QRFinderDetector.candidates(in: image)))
        func reads(_ view: QRView?) -> Bool { view.map { QRScanner.scanOnce($0.image).contains { $0.bytes == payload } } ?? false }
        #expect(!reads(QRPerspective.rectified(image, corners: corners, inverted: false)))
        let surface = try #require(QRMeshSampler.surface(image, corners: corners, inverted: false))
        #expect(surface.n == 73)
        #expect(reads(QRPerspective.rectified(image, corners: corners, surface: surface, inverted: false)))
        #expect(QRScanner.read(image).codes.contains { $0.bytes == payload })
    }

    @Test func leastSquaresHomographyRecoversAProjectiveMapFromNoisyPoints() throws {
        let truth = try #require(Homography(from: [(0, 0), (60, 0), (0, 60), (60, 60)],
                                            to: [(100, 120), (420, 95), (130, 460), (470, 500)]))
        var random = SplitMix64(seed: 3)
        var source: [(Double, Double)] = [], target: [(Double, Double)] = []
        for _ in 0..<80 {
            let p = (random.range(0, 60), random.range(0, 60))
            let q = try #require(truth.map(p.0, p.1))
            source.append(p)
            target.append((q.0 + random.range(-0.5, 0.5), q.1 + random.range(-0.5, 0.5)))
        }
        let fit = try #require(Homography(fitting: source, to: target))
        for p in [(30.0, 30.0), (60.0, 60.0), (0.0, 60.0), (53.5, 53.5)] {
            let a = try #require(fit.map(p.0, p.1)), b = try #require(truth.map(p.0, p.1))
            #expect(abs(a.0 - b.0) < 0.5 && abs(a.1 - b.1) < 0.5)
        }
        #expect(Homography(fitting: Array(repeating: (1, 1), count: 6), to: target.prefix(6).map { $0 }) == nil)
        #expect(Homography(fitting: Array(source.prefix(3)), to: Array(target.prefix(3))) == nil)
    }
}
