import Testing
@testable import ExpedienteKit

/// Damaged, hostile and non-JPEG input: errors or flags, never a crash.
@Suite struct ImagingJPEGDamageTests {
    typealias F = ImagingFixtures

    @Test(arguments: [false, true])
    func truncatedAtHalfIsReported(progressive: Bool) throws {
        let bytes = try F.jpeg(progressive: progressive)
        let decoded = try JPEGCodec.decodeGray(Array(bytes.prefix(bytes.count / 2)))
        #expect(decoded.truncated)
        #expect(decoded.firstWarning == "Premature end of JPEG file")
        #expect(decoded.image.width == 320 && decoded.image.height == 240)
        #expect(JPEGLayout.parse(Array(bytes.prefix(bytes.count / 2))).endOfImageOffset == nil)
    }

    @Test func corruptedEntropyDataIsReported() throws {
        var bytes = try F.jpeg()
        let middle = bytes.count / 2
        let garbage = F.randomBytes(count: 64, seed: 7)
        bytes.replaceSubrange(middle..<(middle + garbage.count), with: garbage)
        do {
            let decoded = try JPEGCodec.decodeGray(bytes)
            #expect(decoded.corrupt)
            #expect(decoded.warningCount > 0 && decoded.firstWarning != nil)
        } catch {
            guard case .corrupt = error else { Issue.record("unexpected \(error)"); return }
        }
    }

    @Test func extraneousBytesBeforeMarkerAreCorrupt() throws {
        var bytes = try F.jpeg()
        // Before EOI; more than the Huffman bit buffer prefetches, which silently swallows a few bytes.
        bytes.insert(contentsOf: [UInt8](repeating: 0x55, count: 100), at: bytes.count - 2)
        let decoded = try JPEGCodec.decodeGray(bytes)
        #expect(decoded.corrupt && !decoded.truncated)
        #expect(decoded.firstWarning?.contains("extraneous bytes") == true)
    }

    @Test(arguments: [
        ("empty", []),
        ("zeros", [UInt8](repeating: 0, count: 512)),
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        ("random", F.randomBytes(count: 4096, seed: 42)),
        ("lone FF", [0xFF]),
    ] as [(String, [UInt8])])
    func nonJPEGInputIsNotJPEG(name: String, bytes: [UInt8]) {
        let header = Result<JPEGHeader, JPEGError> { () throws(JPEGError) in try JPEGCodec.readHeader(bytes) }
        let decode = Result<DecodedImage, JPEGError> { () throws(JPEGError) in try JPEGCodec.decodeGray(bytes) }
        for result in [header.map { _ in () }, decode.map { _ in () }] {
            guard case .failure(.notJPEG(let message)) = result else {
                Issue.record("\(name): expected notJPEG, got \(result)")
                continue
            }
            #expect(!message.isEmpty)
        }
        #expect(JPEGLayout.parse(bytes).startsWithSOI == false)
    }

    @Test func garbageAfterSOIThrowsInsteadOfCrashing() {
        for seed in UInt64(0)..<50 {
            let bytes = [0xFF, 0xD8] + F.randomBytes(count: 2000, seed: seed)
            #expect(throws: JPEGError.self) { try JPEGCodec.decodeGray(bytes) }
        }
    }

    @Test func everyPrefixOfAFileIsHandled() throws {
        let bytes = try F.jpeg(width: 24, height: 24, quality: 50)
        var outcomes = (ok: 0, failed: 0)
        for length in 0...bytes.count {
            let prefix = Array(bytes.prefix(length))
            _ = JPEGLayout.parse(prefix)
            do {
                let decoded = try JPEGCodec.decodeGray(prefix)
                outcomes.ok += 1
                if length < bytes.count - 2 { #expect(decoded.truncated, "prefix \(length)") }
            } catch {
                outcomes.failed += 1
            }
        }
        #expect(outcomes.ok > 0 && outcomes.failed > 0)
    }

    @Test func hugeDeclaredSizeExceedsPixelLimitOnDecode() throws {
        var bytes = try F.jpeg(width: 16, height: 16)
        let sof = try #require(F.sofOffset(bytes))
        // SOF payload: length(2) precision(1) height(2) width(2)
        bytes.replaceSubrange((sof + 5)...(sof + 8), with: [0xEA, 0x60, 0xEA, 0x60]) // 60000 x 60000
        let header = try JPEGCodec.readHeader(bytes)
        #expect(header.width == 60000 && header.height == 60000)
        #expect(!DecodeLimits.default.permits(header))
        #expect(JPEGLayout.parse(bytes).frame?.width == 60000)
        #expect {
            try JPEGCodec.decodeGray(bytes)
        } throws: { error in
            guard case JPEGError.limitExceeded(let message) = error else { return false }
            return message.contains("60000x60000")
        }
    }

    @Test func progressiveScanCountIsLimited() throws {
        let bytes = try JPEGCodec.encode(F.rgbPattern(width: 64, height: 64), quality: 80, density: nil, progressive: true)
        let scans = JPEGLayout.parse(bytes).scanCount
        #expect(scans >= 6)
        #expect(throws: JPEGError.self) { try JPEGCodec.decodeGray(bytes, limits: DecodeLimits(maxScans: 3)) }
        do {
            _ = try JPEGCodec.decodeGray(bytes, limits: DecodeLimits(maxScans: 3))
        } catch {
            guard case .limitExceeded = error else { Issue.record("unexpected \(error)"); return }
        }
        #expect(try JPEGCodec.decodeGray(bytes, limits: DecodeLimits(maxScans: scans)).scanCount == scans)
    }

    @Test func progressiveMemoryIsLimited() throws {
        let bytes = try F.jpeg(width: 1024, height: 1024, progressive: true)
        #expect(throws: JPEGError.limitExceeded("Backing store not supported")) {
            try JPEGCodec.decodeGray(bytes, limits: DecodeLimits(maxMemory: 64 * 1024))
        }
        #expect(try JPEGCodec.decodeGray(bytes).image.width == 1024)
    }

    @Test func losslessAndTwelveBitAreUnsupported() throws {
        let original = try F.jpeg(width: 16, height: 16)
        let sof = try #require(F.sofOffset(original))

        var lossless = original
        lossless[sof + 1] = 0xC3
        #expect(JPEGLayout.parse(lossless).frame?.isLossless == true)
        #expect(throws: JPEGError.unsupported("Unsupported JPEG process: SOF type 0xc3")) {
            try JPEGCodec.readHeader(lossless)
        }

        var twelveBit = original
        twelveBit[sof + 4] = 12
        #expect(JPEGLayout.parse(twelveBit).frame?.precision == 12)
        #expect(throws: JPEGError.unsupported("Unsupported JPEG data precision 12")) {
            try JPEGCodec.decodeGray(twelveBit)
        }
    }
}
