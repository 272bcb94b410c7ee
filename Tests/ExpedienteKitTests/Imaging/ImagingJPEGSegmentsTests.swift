import Testing
@testable import ExpedienteKit

@Suite struct ImagingJPEGSegmentsTests {
    typealias F = ImagingFixtures

    @Test func cleanFileLayout() throws {
        let bytes = try F.jpeg(width: 120, height: 80)
        let layout = JPEGLayout.parse(bytes)
        #expect(layout.startsWithSOI)
        #expect(layout.endOfImageOffset == bytes.count)
        #expect(layout.trailingByteCount == 0 && !layout.trailingLooksLikeJPEG)
        #expect(layout.frame == JPEGFrame(marker: 0xC0, precision: 8, width: 120, height: 80, components: 1))
        #expect(layout.scanCount == 1)
        #expect(layout.jfifDensity?.dpi == 300)
        #expect(layout.exif == nil && !layout.malformed)
    }

    @Test func progressiveFileHasSeveralScansAndEndsAtEOI() throws {
        let bytes = try JPEGCodec.encode(F.rgbPattern(width: 100, height: 70), quality: 80, density: nil, progressive: true)
        let layout = JPEGLayout.parse(bytes)
        #expect(layout.frame?.isProgressive == true)
        #expect(layout.scanCount > 1)
        #expect(layout.endOfImageOffset == bytes.count)
    }

    @Test func trailingBytesAfterEOIAreCounted() throws {
        let bytes = try F.jpeg()
        let padded = bytes + [UInt8](repeating: 0, count: 37) + Array("tail".utf8)
        let layout = JPEGLayout.parse(padded)
        #expect(layout.endOfImageOffset == bytes.count)
        #expect(layout.trailingByteCount == 41)
        #expect(!layout.trailingLooksLikeJPEG)
        // libjpeg stops at the first EOI, so the file still decodes cleanly.
        #expect(try JPEGCodec.decodeGray(padded).warningCount == 0)
    }

    @Test func appendedSecondJPEGIsDetected() throws {
        let first = try F.jpeg(width: 64, height: 64)
        let second = try JPEGCodec.encode(F.rgbPattern(width: 32, height: 32), quality: 70, density: nil)
        let layout = JPEGLayout.parse(first + second)
        #expect(layout.endOfImageOffset == first.count)
        #expect(layout.trailingByteCount == second.count)
        #expect(layout.trailingLooksLikeJPEG)
        #expect(layout.frame?.width == 64)
    }

    @Test(arguments: [false, true])
    func exifResolutionInBothByteOrders(bigEndian: Bool) throws {
        let payload = ExifResolution.makeExifPayload(xDPI: 118, yDPI: 120, unit: 3, bigEndian: bigEndian)
        #expect(Array(payload[6..<8]) == (bigEndian ? [0x4D, 0x4D] : [0x49, 0x49]))
        let bytes = try JPEGCodec.encode(RasterImage(F.grayGradient(width: 32, height: 32)), quality: 80,
                                         density: nil, extraMarkers: [(code: 0xE1, payload: payload)])
        let exif = try #require(JPEGLayout.parse(bytes).exif)
        let density = try #require(ExifResolution.density(in: exif))
        #expect(density == PixelDensity(unit: .perCentimetre, x: 118, y: 120))
        #expect(abs((density.xDPI ?? 0) - 299.72) < 0.01)
        #expect(abs((density.dpi ?? 0) - 299.72) < 0.01) // the lower axis
        #expect(ExifResolution.density(in: payload) == density) // prefix accepted too
    }

    @Test(arguments: [false, true])
    func exifUnitDefaultsToInchWhenAbsent(bigEndian: Bool) {
        var payload = ExifResolution.makeExifPayload(xDPI: 300, yDPI: 300, unit: 3, bigEndian: bigEndian)
        // IFD0 entry count is at TIFF offset 8; dropping to 2 hides the ResolutionUnit entry.
        payload[6 + 8] = bigEndian ? 0 : 2
        payload[6 + 9] = bigEndian ? 2 : 0
        #expect(ExifResolution.density(in: payload) == PixelDensity(unit: .perInch, x: 300, y: 300))
    }

    @Test func exifUnitNoneIsAspectOnly() {
        let payload = ExifResolution.makeExifPayload(xDPI: 1, yDPI: 1, unit: 1, bigEndian: true)
        let density = ExifResolution.density(in: payload)
        #expect(density?.unit == DensityUnit.none)
        #expect(density?.dpi == nil)
    }

    @Test func truncatedOrGarbageExifYieldsNil() {
        let payload = ExifResolution.makeExifPayload(xDPI: 300, yDPI: 300, unit: 2, bigEndian: false)
        #expect(ExifResolution.density(in: payload) != nil)
        // The rationals sit at the very end, so every strict prefix lacks them.
        for length in 0..<payload.count {
            #expect(ExifResolution.density(in: Array(payload.prefix(length))) == nil, "prefix \(length)")
        }
        for seed in UInt64(0)..<200 {
            var bytes = F.randomBytes(count: 64, seed: seed)
            bytes[0] = seed.isMultiple(of: 2) ? 0x49 : 0x4D
            bytes[1] = bytes[0]
            _ = ExifResolution.density(in: bytes) // must not trap on wild offsets
        }
        #expect(ExifResolution.density(in: Array("Exif".utf8) + [0, 0]) == nil)
    }

    @Test func hostileSegmentsTerminate() throws {
        // Segment lengths 0 and 1 and lengths running past the end.
        for bad in [[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x00], [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01, 0xFF, 0xD9],
                    [0xFF, 0xD8, 0xFF, 0xC0, 0xFF, 0xFF, 0x08], [0xFF, 0xD8, 0xFF, 0xE0]] as [[UInt8]] {
            let layout = JPEGLayout.parse(bad)
            #expect(layout.startsWithSOI && layout.malformed && layout.endOfImageOffset == nil)
        }
        // Fill bytes, stray bytes and a scan that never ends.
        let odd: [UInt8] = [0xFF, 0xD8, 0x00, 0x13, 0xFF, 0xFF, 0xFF, 0xDA, 0x00, 0x02, 0x12, 0xFF, 0x00, 0xFF, 0xD3, 0x44]
        let layout = JPEGLayout.parse(odd)
        #expect(layout.scanCount == 1 && layout.endOfImageOffset == nil)
        for seed in UInt64(0)..<300 {
            _ = JPEGLayout.parse([0xFF, 0xD8] + F.randomBytes(count: 300, seed: seed))
        }
    }

    @Test func stuffedBytesAndRestartMarkersDoNotEndTheScan() throws {
        // SOS, entropy data with FF00 and RST0, then EOI, then 3 trailing bytes.
        let bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xAB, 0xFF, 0x00, 0xCD, 0xFF, 0xD0, 0xEF,
                              0xFF, 0xD9, 1, 2, 3]
        let layout = JPEGLayout.parse(bytes)
        #expect(layout.endOfImageOffset == 15)
        #expect(layout.trailingByteCount == 3)
    }
}
