import Testing
@testable import ExpedienteKit

@Suite struct ImagingJPEGCodecTests {
    typealias F = ImagingFixtures

    @Test func grayRoundTripHeaderAndPixels() throws {
        let source = F.grayGradient(width: 64, height: 48)
        let bytes = try JPEGCodec.encode(RasterImage(source), quality: 95, density: PixelDensity(unit: .perInch, x: 300, y: 300))
        let header = try JPEGCodec.readHeader(bytes)
        #expect(header.width == 64 && header.height == 48)
        #expect(header.components == 1)
        #expect(header.colorSpace == .grayscale && header.colorSpace.isColorOrGray)
        #expect(!header.progressive && !header.arithmetic)
        #expect(header.precision == 8)
        #expect(header.jfifDensity == PixelDensity(unit: .perInch, x: 300, y: 300))
        #expect(header.jfifDensity?.dpi == 300)

        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(decoded.image.width == 64 && decoded.image.height == 48)
        #expect(decoded.warningCount == 0 && decoded.firstWarning == nil)
        #expect(!decoded.truncated && !decoded.corrupt)
        #expect(F.meanAbsoluteDifference(decoded.image.pixels, source.pixels) < 3)
    }

    @Test func rgbRoundTripIsYCbCr() throws {
        let source = F.rgbPattern(width: 50, height: 30)
        let bytes = try JPEGCodec.encode(source, quality: 90, density: PixelDensity(unit: .perInch, x: 200, y: 200))
        let header = try JPEGCodec.readHeader(bytes)
        #expect(header.components == 3)
        #expect(header.colorSpace == .ycbcr)
        #expect(!header.hasAdobeMarker)
        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(decoded.image.width == 50 && decoded.image.height == 30)
        // Gray output is libjpeg's luma; compare against BT.601 luma of the source.
        let luma: [UInt8] = stride(from: 0, to: source.pixels.count, by: 3).map { (i: Int) -> UInt8 in
            let r = 299 * Int(source.pixels[i]), g = 587 * Int(source.pixels[i + 1]), b = 114 * Int(source.pixels[i + 2])
            return UInt8((r + g + b + 500) / 1000)
        }
        #expect(F.meanAbsoluteDifference(decoded.image.pixels, luma) < 6)
    }

    @Test func cmykRoundTripDecodesToGray() throws {
        let source = F.grayGradient(width: 48, height: 40)
        let bytes = try JPEGCodec.encode(RasterImage(source), quality: 95, density: nil, cmyk: true)
        let header = try JPEGCodec.readHeader(bytes)
        #expect(header.components == 4)
        #expect(header.colorSpace == .cmyk)
        #expect(!header.colorSpace.isColorOrGray)
        #expect(header.hasAdobeMarker)
        #expect(header.jfifDensity == nil)
        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(decoded.image.width == 48 && decoded.image.height == 40)
        #expect(F.meanAbsoluteDifference(decoded.image.pixels, source.pixels) < 6)
    }

    @Test func progressiveRoundTrip() throws {
        let bytes = try JPEGCodec.encode(F.rgbPattern(width: 80, height: 60), quality: 85, density: nil, progressive: true)
        let header = try JPEGCodec.readHeader(bytes)
        #expect(header.progressive && !header.arithmetic)
        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(decoded.scanCount > 1)
        #expect(decoded.scanCount == JPEGLayout.parse(bytes).scanCount)
        #expect(decoded.warningCount == 0)
    }

    @Test func arithmeticRoundTrip() throws {
        let source = F.grayGradient(width: 40, height: 40)
        let bytes = try JPEGCodec.encode(RasterImage(source), quality: 95, density: nil, arithmetic: true)
        let header = try JPEGCodec.readHeader(bytes)
        #expect(header.arithmetic && !header.progressive)
        #expect(JPEGLayout.parse(bytes).frame?.isArithmetic == true)
        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(F.meanAbsoluteDifference(decoded.image.pixels, source.pixels) < 3)
    }

    @Test(arguments: [
        (PixelDensity(unit: .perInch, x: 300, y: 300), 300.0 as Double?),
        (PixelDensity(unit: .perCentimetre, x: 118, y: 118), 299.72),
        (PixelDensity(unit: .none, x: 1, y: 1), nil),
    ])
    func jfifDensityRoundTrip(density: PixelDensity, expectedDPI: Double?) throws {
        let bytes = try F.jpeg(width: 16, height: 16, density: density)
        let read = try #require(try JPEGCodec.readHeader(bytes).jfifDensity)
        #expect(read == density)
        #expect(JPEGLayout.parse(bytes).jfifDensity == density)
        switch (read.dpi, expectedDPI) {
        case let (dpi?, expected?): #expect(abs(dpi - expected) < 0.01)
        case (nil, nil): break
        default: Issue.record("dpi \(String(describing: read.dpi)) != \(String(describing: expectedDPI))")
        }
    }

    @Test func noDensityWritesNoJFIFMarker() throws {
        let bytes = try F.jpeg(width: 16, height: 16, density: nil)
        #expect(try JPEGCodec.readHeader(bytes).jfifDensity == nil)
        #expect(JPEGLayout.parse(bytes).jfifDensity == nil)
    }

    @Test(arguments: [1, 2, 4, 8])
    func dctScaling(denominator: Int) throws {
        let bytes = try F.jpeg(width: 321, height: 239)
        let decoded = try JPEGCodec.decodeGray(bytes, scaleDenominator: denominator)
        #expect(decoded.scale == denominator)
        #expect(decoded.image.width == (321 + denominator - 1) / denominator)
        #expect(decoded.image.height == (239 + denominator - 1) / denominator)
        #expect(decoded.image.pixels.count == decoded.image.width * decoded.image.height)
    }

    @Test func invalidScaleIsRejected() throws {
        let bytes = try F.jpeg(width: 16, height: 16)
        #expect(throws: JPEGError.self) { try JPEGCodec.decodeGray(bytes, scaleDenominator: 3) }
    }

    @Test func exifMarkerIsWritten() throws {
        let exif = ExifResolution.makeExifPayload(xDPI: 240, yDPI: 240, unit: 2, bigEndian: false)
        let bytes = try JPEGCodec.encode(RasterImage(F.grayGradient(width: 16, height: 16)), quality: 80,
                                         density: nil, extraMarkers: [(code: 0xE1, payload: exif)])
        #expect(try JPEGCodec.readHeader(bytes).width == 16)
        let layout = JPEGLayout.parse(bytes)
        #expect(layout.exif == Array(exif.dropFirst(6)))
        #expect(layout.exif.flatMap(ExifResolution.density(in:)) == PixelDensity(unit: .perInch, x: 240, y: 240))
    }

    @Test func invalidEncoderInputIsRejected() {
        #expect(throws: JPEGError.self) {
            try JPEGCodec.encode(RasterImage(width: 4, height: 4, components: 1, pixels: [0, 1]), quality: 80, density: nil)
        }
        #expect(throws: JPEGError.self) {
            try JPEGCodec.encode(RasterImage(width: 1, height: 1, components: 1, pixels: [0]), quality: 80, density: nil,
                                 extraMarkers: [(code: 0xDA, payload: [1, 2])])
        }
    }
}
