import Foundation
import Testing
@testable import ExpedienteKit
@testable import ExpedienteSamples

/// The last reading of a symbol (`QRWarpDecoder` through a `QRWarpField`): codes on waved
/// cloth read exactly, the field's unwrapping, and no text made up from a grid that is not a
/// valid symbol.
@Suite struct QRWarpTests {
    /// A smooth offset field that wraps several times over the grid, small over the finder at
    /// (0, 0) and changing by less than a fifth of a module from one module to the next.
    static func smoothField(n: Int) -> [Double] {
        (0..<(n * n)).map { i in
            let k = Double(i % n), l = Double(i / n)
            return 2.2 * sin(.pi * k / Double(n)) * (l / Double(n)) + 0.6 * (l / Double(n)) * (l / Double(n))
        }
    }

    static func wrapped(_ value: Double) -> Double { value - value.rounded() }

    @Test func unwrappingRecoversAFieldThatWrapsSeveralTimes() {
        let n = 33
        let field = Self.smoothField(n: n)
        #expect(field.max()! > 1.5)
        let unwrapped = QRWarpField.unwrapped(field.map(Self.wrapped), quality: Array(repeating: 1, count: n * n), n: n)
        #expect(zip(unwrapped, field).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test func unwrappingGoesAroundAnIncoherentModule() {
        let n = 29
        let field = Self.smoothField(n: n)
        var phase = field.map(Self.wrapped)
        var quality = [Double](repeating: 1, count: n * n)
        // A smudge: a wrong phase where the edges were weak. Reached last, it cannot shift
        // the modules unwrapped after it.
        let smudge = 15 * n + 14
        phase[smudge] = Self.wrapped(phase[smudge] + 0.45)
        quality[smudge] = 0.01
        let unwrapped = QRWarpField.unwrapped(phase, quality: quality, n: n)
        let wrong = (0..<(n * n)).filter { abs(unwrapped[$0] - field[$0]) > 1e-9 }
        #expect(wrong == [smudge])
    }

    @Test func smoothingKeepsAPlaneAndWeighsByQuality() {
        let n = 21
        let plane = (0..<(n * n)).map { Double($0 % n) * 0.1 + Double($0 / n) * 0.05 }
        let smoothed = QRWarpField.smoothed(plane, quality: Array(repeating: 1, count: n * n), n: n)
        // Inside the grid a 1-2-1 mean of a plane is the plane itself.
        for l in 1..<(n - 1) { for k in 1..<(n - 1) { #expect(abs(smoothed[l * n + k] - plane[l * n + k]) < 1e-9) } }
        // A module without edges (quality 0) does not pull its neighbours.
        var spiked = [Double](repeating: 0.3, count: n * n), quality = [Double](repeating: 1, count: n * n)
        spiked[10 * n + 10] = 5
        quality[10 * n + 10] = 0
        let ignored = QRWarpField.smoothed(spiked, quality: quality, n: n)
        #expect(abs(ignored[10 * n + 11] - 0.3) < 1e-6 && abs(ignored[11 * n + 11] - 0.3) < 1e-6)
    }

    @Test func clothPhotosAreReadExactlyAndNeverWrongly() throws {
        var exact = 0, warped = 0
        for item in 0..<8 {
            let (payload, image) = try ImagingQRPhotoTests.photo("tela", item: item)
            let result = QRScanner.read(image)
            #expect(result.codes.allSatisfy { $0.bytes == payload }, "tela \(item): \(result.codes.map(\.text))")
            if result.codes.contains(where: { $0.bytes == payload }) { exact += 1 }
            if result.pass == .warp { warped += 1 }
        }
        #expect(exact >= 7, "\(exact) of 8 cloth photos read")
        #expect(warped >= 1)
    }

    @Test func warpDecoderReadsAFlatSymbolThroughAZeroField() throws {
        let payload = Array("CEDULA 12345678".utf8)
        let image = try ImagingQRFallbackTests.scan(QRScanDegradation(moduleSize: 5), payload: payload)
        let corners = try #require(QRFinderDetector.triangle(among: QRFinderDetector.candidates(in: image)))
        let read = try #require(QRWarpDecoder.read(image, corners: corners, inverted: false))
        #expect(read.segments.flatMap(\.bytes) == payload)
        #expect(abs(read.module - 5) < 0.5)
        // On a flat symbol the measured field stays within a fraction of a module of the frame.
        let frame = try #require(QRFinderFrame(corners))
        let n = Int(((frame.legB + frame.legC) / 2 / read.module).rounded()) + 7
        var field = QRWarpField(frame: frame, n: n)
        let refined = field.refine(image)
        #expect(refined)
        #expect(field.dx.allSatisfy { abs($0) < 0.25 } && field.dy.allSatisfy { abs($0) < 0.25 })
    }

    /// Finders, separators and timing patterns of a real symbol, every other module random:
    /// the format may even decode, the Reed-Solomon blocks cannot.
    @Test func aGridThatIsNotASymbolGivesNoText() throws {
        let matrix = try QRGenerator.modules(for: Array("SOLICITUD".utf8), level: .medium, minimumVersion: 4)
        let n = matrix.size
        var random = SplitMix64(seed: 42)
        func isFunction(_ x: Int, _ y: Int) -> Bool {
            let inFinder = (x < 8 && y < 8) || (x >= n - 8 && y < 8) || (x < 8 && y >= n - 8)
            return inFinder || x == 6 || y == 6
        }
        for trial in 0..<4 {
            let dark = (0..<(n * n)).map { i in
                isFunction(i % n, i / n) ? matrix.isDark(x: i % n, y: i / n) : random.next() & 1 == 1
            }
            var d = QRScanDegradation(moduleSize: 5)
            d.noiseSigma = 2
            let image = QRScanRenderer.render(QRMatrix(size: n, dark: dark), d, seed: UInt64(trial))
            let corners = try #require(QRFinderDetector.triangle(among: QRFinderDetector.candidates(in: image)))
            #expect(QRWarpDecoder.read(image, corners: corners, inverted: false).map { $0.segments.count } == nil)
            #expect(QRScanner.read(image).codes.isEmpty)
        }
    }
}
