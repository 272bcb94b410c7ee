@testable import ExpedienteKit
import ExpedienteSamples
import Testing

/// Other formats, QR pages and hostile bytes: converted, guarded or refused, never a crash.
@Suite struct PageRepairInputTests {
    @Test func pngIsConvertedToJPEGAt300PPI() throws {
        let image = FixPages.colorCard()
        for dpi in [nil, 300] as [Int?] {
            let input = try PNGCodec.encode(image, dpi: dpi)
            let result = PageRepair.repair(input, request: PageRepairRequest())
            let output = try #require(FixPages.rewritten(result))
            #expect(result.changes.first == .converted(from: "PNG"))
            #expect(FixPages.density(output) == 300)
            #expect(result.before?.quality == nil && result.before?.width == 600)
            let decoded = try JPEGCodec.decodeImage(output).image
            #expect(decoded.width == 600 && decoded.height == 400 && decoded.components == 3)
            #expect(PageRepair.repair(output, request: PageRepairRequest()).outcome == .unchanged)
        }
    }

    @Test func grayPNGIsWrittenGray() throws {
        // The samples' own minimal PNG writer (stored deflate blocks); libpng reads it as any other.
        let input = ForeignFormats.png(FixPages.grayPage().gray())
        let output = try #require(FixPages.rewritten(PageRepair.repair(input, request: PageRepairRequest())))
        #expect(try JPEGCodec.readHeader(output).colorSpace == .grayscale)
    }

    @Test func palettePNGWithTransparencyIsFlattenedOnWhite() throws {
        // 64 × 32, palette of black, red and a transparent entry; the left half transparent.
        let (width, height) = (64, 32)
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)
            for x in 0..<width { raw.append(x < width / 2 ? 2 : (y < height / 2 ? 0 : 1)) }
        }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            return be32(UInt32(data.count)) + body + be32(ForeignFormats.crc32(body))
        }
        let input = PNGCodec.signature + chunk("IHDR", be32(UInt32(width)) + be32(UInt32(height)) + [8, 3, 0, 0, 0])
            + chunk("PLTE", [0, 0, 0, 220, 20, 30, 0, 0, 255]) + chunk("tRNS", [255, 255, 0])
            + chunk("IDAT", ForeignFormats.zlibStored(raw)) + chunk("IEND", [])
        let output = try #require(FixPages.rewritten(PageRepair.repair(input, request: PageRepairRequest())))
        let image = try JPEGCodec.decodeImage(output).image
        #expect(image.width == width && image.height == height && image.components == 3)
        func pixel(_ x: Int, _ y: Int) -> [UInt8] { Array(image.pixels[((y * width + x) * 3)..<((y * width + x) * 3 + 3)]) }
        #expect(pixel(8, 8).allSatisfy { $0 > 235 })                 // transparent: white, not blue
        #expect(pixel(48, 8).allSatisfy { $0 < 30 })                 // black
        #expect(pixel(48, 24)[0] > 180 && pixel(48, 24)[1] < 70)     // red
    }

    @Test func pdfHEICAndOtherFormatsAreRefused() throws {
        let cases: [([UInt8], String)] = [
            (ForeignFormats.pdf(text: "ACTA"), "pdf"), (ForeignFormats.heic(), "hei"), (ForeignFormats.gif(), "gif"),
        ]
        for (bytes, name) in cases {
            guard case .refused(.unsupportedFormat(let mime)) = PageRepair.repair(bytes, request: PageRepairRequest()).outcome else {
                Issue.record("\(name) was not refused as a format")
                continue
            }
            #expect(mime.contains(name))
        }
    }

    @Test func qrPageKeepsItsTextAfterReencoding() throws {
        let text = "https://www.cifrhs.salud.gob.mx/constancia?folio=123456"
        let page = try SamplePages.raster(PageOptions(kind: .puntajeENARM, dpi: 200, qr: .payload(Array(text.utf8)), color: false,
                                                      degradations: [.noise(sigma: 6, seed: 3)]))
        let input = try FixPages.jpeg(page, dpi: 200, quality: 95)
        let request = PageRepairRequest(maxBytes: input.count / 3, dpi: 200, qrTexts: [text])
        let output = try #require(FixPages.rewritten(PageRepair.repair(input, request: request)))
        #expect(output.count <= input.count / 3)
        let codes = QRScanner.read(try JPEGCodec.decodeGray(output).image).codes.map(\.text)
        #expect(codes.contains(text))
    }

    @Test func qrTextTheOutputCannotReadIsRefused() throws {
        let input = try FixPages.jpeg(FixPages.colorCard(noise: 8), quality: 95)
        let result = PageRepair.repair(input, request: PageRepairRequest(maxBytes: input.count / 2, qrTexts: ["no hay tal QR"]))
        #expect(result.outcome == .refused(.qrLost))
    }

    @Test func hostileJPEGsAreRefused() throws {
        let page = try FixPages.jpeg(FixPages.colorCard(noise: 6))
        let truncated = Array(page.prefix(page.count / 2))
        let huge = try HostileBytes.claimingSize(width: 60_000, height: 60_000)
        var rng = SplitMix64(seed: 9)
        let random = [0xFF, 0xD8, 0xFF] + (0..<5_000).map { _ in UInt8(rng.int(in: 0...255)) }
        for (name, bytes) in [("cortado", truncated), ("enorme", huge), ("aleatorio", random), ("solo SOI", [0xFF, 0xD8, 0xFF])] {
            let result = PageRepair.repair(bytes, request: PageRepairRequest())
            guard case .refused = result.outcome else {
                Issue.record("\(name): \(result.outcome)")
                continue
            }
        }
        let limited = PageRepair.repair(page, request: PageRepairRequest(limits: DecodeLimits(maxPixels: 1_000)))
        guard case .refused(.exceedsLimits) = limited.outcome else { Issue.record("pixel limit: \(limited.outcome)"); return }
    }

    @Test func hostilePNGsAreRefusedBeforeAllocating() throws {
        let valid = try PNGCodec.encode(FixPages.colorCard())
        func ihdr(width: UInt32, height: UInt32, depth: UInt8 = 8, colorType: UInt8 = 2) -> [UInt8] {
            let body = Array("IHDR".utf8) + be32(width) + be32(height) + [depth, colorType, 0, 0, 0]
            return PNGCodec.signature + be32(13) + body + be32(ForeignFormats.crc32(body))
                + be32(0) + Array("IEND".utf8) + be32(ForeignFormats.crc32(Array("IEND".utf8)))
        }
        let cases: [(String, [UInt8])] = [
            ("60000 × 60000", ihdr(width: 60_000, height: 60_000)),
            ("ancho 0", ihdr(width: 0, height: 100)),
            ("2^31 de ancho", ihdr(width: 0x8000_0000, height: 1)),
            ("profundidad 7", ihdr(width: 10, height: 10, depth: 7)),
            ("cortado", Array(valid.prefix(valid.count / 2))),
            ("solo la firma", PNGCodec.signature),
            ("CRC dañado", valid.enumerated().map { $0.offset == 20 ? $0.element ^ 0xFF : $0.element }),
        ]
        for (name, bytes) in cases {
            guard case .refused = PageRepair.repair(bytes, request: PageRepairRequest()).outcome else {
                Issue.record("\(name) was not refused")
                continue
            }
        }
        guard case .refused(.exceedsLimits) = PageRepair.repair(ihdr(width: 20_000, height: 20_000), request: PageRepairRequest()).outcome
        else { Issue.record("a 400-MP PNG passed the pixel limit"); return }
    }

    private func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)] }
}
