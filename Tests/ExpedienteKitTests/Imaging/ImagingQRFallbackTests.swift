import Testing
@testable import ExpedienteKit
@testable import ExpedienteSamples

/// Each fallback pass of the scanner reads a scan that the first pass (1/2 scale every third
/// line, then full size) cannot. Scans are drawn by the QR bench renderer and JPEG-encoded.
@Suite struct ImagingQRFallbackTests {
    static let payload = Array("EXP-2025-000123|Pérez Gómez".utf8)

    static func scan(_ degradation: QRScanDegradation, payload: [UInt8] = payload) throws -> GrayImage {
        let matrix = try QRGenerator.modules(for: payload, level: .medium, minimumVersion: 4)
        let image = QRScanRenderer.render(matrix, degradation, seed: 7)
        let jpeg = try JPEGCodec.encode(RasterImage(image), quality: degradation.quality, density: nil)
        return try JPEGCodec.decodeGray(jpeg).image
    }

    static func firstPassReads(_ image: GrayImage) -> Bool {
        !QRScanner.scanOnce(image).isEmpty || !QRScanner.scanOnce(image.downscaledByTwo(), density: 3).isEmpty
    }

    static var inverted: QRScanDegradation {
        var d = QRScanDegradation(moduleSize: 6)
        d.inverted = true
        d.light = 235
        d.dark = 25
        return d
    }

    @Test func invertedCodeIsReadByTheInvertedPass() throws {
        let image = try Self.scan(Self.inverted)
        #expect(!Self.firstPassReads(image))
        let result = QRScanner.read(image)
        #expect(result.codes.map(\.bytes) == [Self.payload])
        #expect(result.pass == .inverted)
    }

    static func lowContrast(_ contrast: Double) -> QRScanDegradation {
        var d = QRScanDegradation(moduleSize: 5)
        d.light = 190
        d.dark = 190 - contrast
        d.illuminationFalloff = 0.4
        d.noiseSigma = 1.5
        d.blurSigma = 0.8
        return d
    }

    @Test func lowContrastUnevenlyLitCodeIsReadByTheThresholdPass() throws {
        let image = try Self.scan(Self.lowContrast(16))
        #expect(!Self.firstPassReads(image))
        let result = QRScanner.read(image)
        #expect(result.codes.map(\.bytes) == [Self.payload])
        #expect(result.pass == .threshold)
    }

    @Test func fainterCodeIsReadThresholdedAtTwiceTheSize() throws {
        let image = try Self.scan(Self.lowContrast(14))
        #expect(!Self.firstPassReads(image))
        let result = QRScanner.read(image)
        #expect(result.codes.map(\.bytes) == [Self.payload])
        #expect(result.pass == .upscale)
    }

    @Test func rotatedBlurredCodeIsReadFromACropAroundItsFinders() throws {
        var d = QRScanDegradation(moduleSize: 5)
        d.blurSigma = 2.5
        d.rotationDegrees = 5
        let image = try Self.scan(d)
        #expect(!Self.firstPassReads(image))
        #expect(QRFinderDetector.symbolCorners(in: image) != nil)
        let result = QRScanner.read(image)
        #expect(result.codes.map(\.bytes) == [Self.payload])
        #expect(result.pass == .crop)
    }

    @Test func modulesUnderTwoPixelsAreReadAtTwiceTheSize() throws {
        var d = QRScanDegradation(moduleSize: 1.8)
        d.blurSigma = 0.3
        d.quality = 80
        let image = try Self.scan(d)
        #expect(!Self.firstPassReads(image))
        #expect(QRScanner.scanOnce(image.upscaledByTwo()).map(\.bytes) == [Self.payload])
        let result = QRScanner.read(image)
        #expect(result.codes.map(\.bytes) == [Self.payload])
        #expect(result.codes.first?.moduleSize.map { abs($0 - 1.8) < 0.2 } == true)
    }

    @Test func largePageWithLargeNoisyModulesIsReadAtAReducedScale() throws {
        let symbol = try QRGenerator.modules(for: Self.payload).render(moduleSize: 16)
        var page = GrayImage(width: 1800, height: 1800, fill: 235)
        ImagingFixtures.paste(symbol, onto: &page, x: 200, y: 200)
        var random = ImagingRandom(state: 2025)
        for i in page.pixels.indices {
            page.pixels[i] = UInt8(clamping: Int(page.pixels[i]) + Int(random.next() % 241) - 120)
        }
        let image = try JPEGCodec.decodeGray(JPEGCodec.encode(RasterImage(page), quality: 80, density: nil)).image
        #expect(!Self.firstPassReads(image))
        let result = QRScanner.read(image)
        #expect(result.codes.map(\.bytes) == [Self.payload])
        #expect(result.pass == .reduced)
    }

    /// ISO-8859-1 "Ibáñez Peña": E1 F1 is also a valid Shift-JIS kanji, which zbar would
    /// substitute without ZBAR_CFG_BINARY.
    static let latin1: [UInt8] = [0x49, 0x62, 0xE1, 0xF1, 0x65, 0x7A, 0x20, 0x50, 0x65, 0xF1, 0x61]

    @Test func latin1PayloadThatLooksLikeShiftJISIsReturnedExactly() throws {
        for degradation in [QRScanDegradation(moduleSize: 6), Self.inverted] {
            let result = QRScanner.read(try Self.scan(degradation, payload: Self.latin1))
            #expect(result.codes.map(\.bytes) == [Self.latin1])
            #expect(result.codes.first?.text == "Ibáñez Peña")
            #expect(result.codes.first?.encoding == "ISO-8859-1")
        }
    }

    @Test(arguments: [2, 3, 5, 8])
    func moduleSizeIsEstimatedOnAPage(moduleSize: Int) throws {
        let symbol = try QRGenerator.modules(for: Self.payload, minimumVersion: 6).render(moduleSize: moduleSize)
        var page = GrayImage(width: 1275, height: 1650, fill: 250)
        ImagingFixtures.paste(symbol, onto: &page, x: 900 - symbol.width / 2, y: 150)
        let image = try JPEGCodec.decodeGray(JPEGCodec.encode(RasterImage(page), quality: 85, density: nil)).image
        let size = try #require(QRScanner.read(image).codes.first?.moduleSize)
        #expect(abs(size - Double(moduleSize)) <= 0.1 * Double(moduleSize), "estimated \(size)")
    }

    @Test func fractionalRotatedModuleSizeIsEstimated() throws {
        var d = QRScanDegradation(moduleSize: 3.5)
        d.rotationDegrees = 6
        let result = QRScanner.read(try Self.scan(d))
        let size = try #require(result.codes.first?.moduleSize)
        #expect(abs(size - 3.5) <= 0.35, "estimated \(size)")
    }

    /// Blurred by 0.6 module and a light band over six rows in the middle of the symbol (rows of data
    /// beyond what error correction restores): the finders are seen, nothing reads.
    @Test func unreadableCandidateCarriesItsModuleSize() throws {
        var d = QRScanDegradation(moduleSize: 4.5)
        d.blurSigma = 2.7
        var image = try Self.scan(d)
        for y in (image.height * 46 / 100)..<(image.height * 54 / 100) {
            for x in 0..<image.width { image.pixels[y * image.width + x] = 235 }
        }
        let result = QRScanner.read(image)
        #expect(result.codes.isEmpty)
        let size = try #require(result.candidateModuleSize)
        #expect(abs(size - 4.5) <= 0.5, "estimated \(size)")
    }

    @Test func formattedModuleSizes() {
        #expect(QRCode.formatModuleSize(2.0) == "2")
        #expect(QRCode.formatModuleSize(2.46) == "2.5")
        #expect(QRCode.formatModuleSize(7.96) == "8")
        #expect(QRCode.formatModuleSize(.nan) == "?")
    }
}

/// The degraded QR set of `scripts/bench-qr` is deterministic and its scans hold their payloads.
@Suite struct QRScanSetTests {
    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        let first = try QRScanSet.scan(categoryIndex: 0, item: 3, seed: 1)
        let again = try QRScanSet.scan(categoryIndex: 0, item: 3, seed: 1)
        let other = try QRScanSet.scan(categoryIndex: 0, item: 3, seed: 2)
        #expect(first.jpeg == again.jpeg && first.entry.payload == again.entry.payload)
        #expect(first.jpeg != other.jpeg)
        #expect((2...25).contains(first.entry.version))
    }

    @Test func everyCategoryHasItsOwnFolderInTheManifest() throws {
        #expect(Set(QRScanSet.categories.map(\.name)).count == QRScanSet.categories.count)
        let (entry, _) = try QRScanSet.scan(categoryIndex: 6, item: 0, seed: 1)
        #expect(entry.file.hasPrefix("invertido/") && entry.degradation.inverted)
        #expect(entry.manifestLine.split(separator: "\t").count == QRScanSet.Entry.manifestHeader.split(separator: "\t").count)
    }
}
