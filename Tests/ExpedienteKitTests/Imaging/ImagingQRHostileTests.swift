import Testing
@testable import ExpedienteKit

/// The scanner's chain on images no scan produces: it must return, read nothing and never trap.
@Suite struct ImagingQRHostileTests {
    static let shapes: [(Int, Int)] = [(1, 1), (2, 3), (20, 20), (21, 21), (1, 5000), (5000, 1), (3, 900), (399, 401)]

    @Test(arguments: shapes.indices)
    func tinyAndThinImagesReturnNothing(index: Int) {
        let (width, height) = Self.shapes[index]
        for fill: UInt8 in [0, 128, 255] {
            let result = QRScanner.read(GrayImage(width: width, height: height, fill: fill))
            #expect(result.codes.isEmpty && result.pass == nil)
        }
    }

    @Test func allBlackAndAllWhitePagesReturnNothing() {
        for fill: UInt8 in [0, 255] {
            let result = QRScanner.read(GrayImage(width: 850, height: 1100, fill: fill))
            #expect(result.codes.isEmpty)
            #expect(result.finderCorners == nil)
        }
    }

    @Test func noiseReturnsNothing() {
        var random = ImagingRandom(state: 5)
        let pixels = (0..<(900 * 700)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let result = QRScanner.read(GrayImage(width: 900, height: 700, pixels: pixels))
        #expect(result.codes.isEmpty)
    }

    @Test func inconsistentShapesReturnNothing() {
        #expect(QRScanner.read(GrayImage(width: 100, height: 100, pixels: [0, 1, 2])).codes.isEmpty)
        #expect(QRScanner.read(GrayImage(width: -4, height: 10, pixels: [])).codes.isEmpty)
        #expect(QRScanner.read(GrayImage(width: 0, height: 0, pixels: [])).codes.isEmpty)
        #expect(QRScanner.read(GrayImage(width: Int.max, height: 2, pixels: [])).codes.isEmpty)
    }

    @Test func passOperationsKeepTheirShapes() {
        let image = GrayImage(width: 7, height: 3, pixels: (0..<21).map { UInt8($0 * 12) })
        #expect(image.locallyThresholded(radius: 100).pixels.count == 21)
        #expect(image.upscaledByTwo().width == 14 && image.upscaledByTwo().pixels.count == 14 * 6)
        #expect(image.inverted().pixels.first == 255)
        let crop = image.cropped(x: -5, y: 1, width: 100, height: 100, margin: 2, fill: 255)
        #expect(crop.width == 7 + 4 && crop.height == 2 + 4 && crop.pixels.count == crop.width * crop.height)
        #expect(image.cropped(x: 50, y: 50, width: 3, height: 3, margin: 1, fill: 0).pixels.isEmpty)
    }
}
