import Testing
@testable import ExpedienteKit

/// libjpeg warnings are split into truncation, corruption and benign header oddities.
@Suite struct ImagingJPEGWarningTests {
    typealias F = ImagingFixtures

    /// Patches the version bytes of the leading JFIF APP0 (FF D8 FF E0 len "JFIF\0" major minor).
    static func withJFIFVersion(_ bytes: [UInt8], major: UInt8, minor: UInt8) throws -> [UInt8] {
        try #require(Array(bytes[0..<4]) == [0xFF, 0xD8, 0xFF, 0xE0])
        try #require(Array(bytes[6..<11]) == Array("JFIF".utf8) + [0])
        var patched = bytes
        patched[11] = major
        patched[12] = minor
        return patched
    }

    static func jfifPayload(major: UInt8) -> [UInt8] {
        Array("JFIF".utf8) + [0, major, 0x00, 1, 0x01, 0x2C, 0x01, 0x2C, 0, 0]
    }

    @Test func unknownJFIFRevisionIsBenign() throws {
        let intact = try F.jpeg()
        let bytes = try Self.withJFIFVersion(intact, major: 3, minor: 0)
        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(!decoded.corrupt && !decoded.truncated)
        #expect(decoded.warningCount == 0 && decoded.firstWarning == nil && decoded.firstWarningCode == nil)
        #expect(decoded.benignWarnings == ["Warning: unknown JFIF revision number 3.00"])
        #expect(decoded.benignWarningCount == 1)
        // The pixels are exactly those of the unpatched file.
        #expect(decoded.image == (try JPEGCodec.decodeGray(intact)).image)
        // The header is still read.
        #expect(try JPEGCodec.readHeader(bytes).jfifDensity?.dpi == 300)
    }

    @Test func cleanFileHasNoWarningsAtAll() throws {
        let decoded = try JPEGCodec.decodeGray(F.jpeg())
        #expect(decoded.warningCount == 0 && decoded.benignWarnings.isEmpty && decoded.benignWarningCount == 0)
        #expect(!decoded.corrupt && !decoded.truncated)
    }

    @Test func unknownAdobeTransformIsBenign() throws {
        // YCbCr file plus an APP14 "Adobe" marker with transform 5 (valid ones are 0, 1, 2):
        // libjpeg warns and keeps assuming YCbCr, which is what the data is.
        let source = F.rgbPattern(width: 64, height: 48)
        let plain = try JPEGCodec.encode(source, quality: 90, density: nil)
        let adobe: [UInt8] = Array("Adobe".utf8) + [0x00, 0x64, 0x00, 0x00, 0x00, 0x00, 0x05]
        let bytes = try JPEGCodec.encode(source, quality: 90, density: nil, extraMarkers: [(code: 0xEE, payload: adobe)])
        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(!decoded.corrupt && !decoded.truncated && decoded.warningCount == 0)
        #expect(decoded.benignWarnings == ["Unknown Adobe color transform code 5"])
        #expect(decoded.image == (try JPEGCodec.decodeGray(plain)).image)
    }

    @Test func benignWarningTextsAreCappedButCounted() throws {
        // Every JFIF APP0 is examined, so each extra one with major version 3 warns once.
        let markers = (0..<6).map { _ in (code: UInt8(0xE0), payload: Self.jfifPayload(major: 3)) }
        let bytes = try JPEGCodec.encode(RasterImage(F.grayGradient(width: 32, height: 32)), quality: 90,
                                         density: nil, extraMarkers: markers)
        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(!decoded.corrupt && decoded.warningCount == 0)
        #expect(decoded.benignWarningCount == 6)
        #expect(decoded.benignWarnings.count == DecodedImage.maxBenignWarningTexts)
        #expect(decoded.benignWarnings.allSatisfy { $0 == "Warning: unknown JFIF revision number 3.00" })
    }

    @Test func overwrittenEntropyBytesAreStillCorrupt() throws {
        var bytes = try Self.withJFIFVersion(F.jpeg(), major: 3, minor: 0)
        let middle = bytes.count / 2
        // No 0xFF bytes, so the garbage cannot form a marker that makes libjpeg give up.
        let garbage = F.randomBytes(count: 64, seed: 7).map { $0 == 0xFF ? 0x00 : $0 }
        bytes.replaceSubrange(middle..<(middle + garbage.count), with: garbage)
        do {
            let decoded = try JPEGCodec.decodeGray(bytes)
            #expect(decoded.corrupt && !decoded.truncated)
            // The damage warning is reported first even though the benign one came earlier.
            #expect(decoded.warningCount > 0)
            #expect(decoded.firstWarning?.hasPrefix("Corrupt JPEG data") == true)
            #expect(decoded.firstWarningCode != nil)
            #expect(decoded.benignWarnings == ["Warning: unknown JFIF revision number 3.00"])
        } catch {
            Issue.record("seed 7 is expected to decode with warnings, got \(error)")
        }
    }

    @Test func truncationWithABenignHeaderWarning() throws {
        let bytes = try Self.withJFIFVersion(F.jpeg(), major: 3, minor: 0)
        let decoded = try JPEGCodec.decodeGray(Array(bytes.prefix(bytes.count / 2)))
        #expect(decoded.truncated && !decoded.corrupt)
        #expect(decoded.firstWarning == "Premature end of JPEG file")
        #expect(decoded.benignWarningCount == 1)
    }

    @Test func extraneousBytesStayCorruptAndAreNotBenign() throws {
        var bytes = try F.jpeg()
        bytes.insert(contentsOf: [UInt8](repeating: 0x55, count: 100), at: bytes.count - 2)
        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(decoded.corrupt && decoded.benignWarnings.isEmpty)
        #expect(decoded.firstWarning?.contains("extraneous bytes") == true)
    }

    @Test func decodedImageInitDefaultsKeepWorking() {
        let image = DecodedImage(image: GrayImage(width: 1, height: 1, fill: 0))
        #expect(image.benignWarnings.isEmpty && image.benignWarningCount == 0 && !image.corrupt)
        let withTexts = DecodedImage(image: image.image, benignWarnings: ["a", "b"])
        #expect(withTexts.benignWarningCount == 2)
    }
}
