import Testing
@testable import ExpedienteKit
import ExpedienteSamples

@Suite struct ImagingQRTests {
    typealias F = ImagingFixtures

    /// Renders `payload` as a QR code onto a white US-letter page at 300 dpi, goes through a
    /// quality-80 JPEG and back, and scans the decoded page.
    static func scanThroughJPEG(_ payload: [UInt8], moduleSize: Int, page: (Int, Int) = (2550, 3300)) throws -> [QRCode] {
        let symbol = try QRGenerator.modules(for: payload, level: .medium).render(moduleSize: moduleSize)
        var canvas = GrayImage(width: page.0, height: page.1, fill: 255)
        F.paste(symbol, onto: &canvas, x: page.0 - symbol.width - 150, y: 150)
        let jpeg = try JPEGCodec.encode(RasterImage(canvas), quality: 80, density: PixelDensity(unit: .perInch, x: 300, y: 300))
        let decoded = try JPEGCodec.decodeGray(jpeg)
        #expect(decoded.warningCount == 0)
        return QRScanner.scan(decoded.image)
    }

    @Test func utf8PayloadRoundTripsOnAFullPage() throws {
        let text = "Educación MUÑOZ"
        let codes = try Self.scanThroughJPEG(Array(text.utf8), moduleSize: 6)
        #expect(codes.map(\.bytes) == [Array(text.utf8)])
        #expect(codes.first?.text == text)
        #expect(codes.first?.encoding == "UTF-8")
    }

    @Test func latin1PayloadRoundTripsOnAFullPage() throws {
        let latin1: [UInt8] = [0x4D, 0x55, 0xD1, 0x4F, 0x5A] // "MUÑOZ" in ISO-8859-1
        let codes = try Self.scanThroughJPEG(latin1, moduleSize: 6)
        #expect(codes.count == 1)
        #expect(codes.first?.bytes == latin1)
        #expect(codes.first?.text == "MUÑOZ")
        #expect(codes.first?.encoding == "ISO-8859-1")
    }

    @Test(arguments: [3, 4, 10])
    func smallAndLargeModulesAreRead(moduleSize: Int) throws {
        let payload = Array("EXP-2025-000123|Pérez Gómez".utf8)
        let codes = try Self.scanThroughJPEG(payload, moduleSize: moduleSize)
        #expect(codes.map(\.bytes) == [payload])
    }

    @Test func noisyScanIsReadThroughTheDownscaledFallback() throws {
        let payload = Array("EXP-2025-000123|Pérez Gómez".utf8)
        let symbol = try QRGenerator.modules(for: payload).render(moduleSize: 8)
        var page = GrayImage(width: 1700, height: 2200, fill: 235)
        F.paste(symbol, onto: &page, x: 1700 - symbol.width - 100, y: 100)
        var random = ImagingRandom(state: 2025)
        for i in page.pixels.indices {
            page.pixels[i] = UInt8(clamping: Int(page.pixels[i]) + Int(random.next() % 241) - 120)
        }
        let decoded = try JPEGCodec.decodeGray(JPEGCodec.encode(RasterImage(page), quality: 80, density: nil))
        #expect(QRScanner.scanOnce(decoded.image).isEmpty) // zbar alone gives up on the speckle
        #expect(QRScanner.scan(decoded.image).map(\.bytes) == [payload])
    }

    @Test func blankPageHasNoCodes() {
        #expect(QRScanner.scan(GrayImage(width: 850, height: 1100, fill: 255)).isEmpty)
        #expect(QRScanner.scan(GrayImage(width: 0, height: 0, pixels: [])).isEmpty)
    }

    @Test func matrixGeometry() throws {
        let matrix = try QRGenerator.modules(for: Array("MUÑOZ".utf8), level: .high)
        #expect(matrix.size >= 21 && (matrix.size - 21) % 4 == 0)
        // Finder patterns: dark corners of the three 7x7 squares; light separator next to them.
        for (x, y) in [(0, 0), (matrix.size - 1, 0), (0, matrix.size - 1), (3, 3)] {
            #expect(matrix.isDark(x: x, y: y))
        }
        #expect(!matrix.isDark(x: 7, y: 0) && !matrix.isDark(x: -1, y: 0))
        let image = matrix.render(moduleSize: 5)
        #expect(image.width == (matrix.size + 8) * 5 && image.height == image.width)
        #expect(image[19, 19] == 255 && image[20, 20] == 0) // quiet zone, then the top-left finder
    }

    @Test func emptyPayloadIsRejected() {
        #expect(throws: QRGeneratorError.self) { try QRGenerator.modules(for: []) }
    }
}
