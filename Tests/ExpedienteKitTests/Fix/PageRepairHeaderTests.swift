@testable import ExpedienteKit
import ExpedienteSamples
import Testing

/// What a header rewrite repairs without touching the image data, and what is left alone.
@Suite struct PageRepairHeaderTests {
    @Test func compliantFileIsUnchanged() throws {
        let input = try FixPages.jpeg(FixPages.colorCard())
        let result = PageRepair.repair(input, request: PageRepairRequest())
        #expect(result.outcome == .unchanged)
        #expect(result.changes.isEmpty)
        #expect(result.before?.dpi == 300 && result.before?.quality == 90)
    }

    @Test func density72IsSetTo300WithoutReencoding() throws {
        let image = FixPages.colorCard(noise: 4)
        let input = try FixPages.jpeg(image, dpi: 72)
        let result = PageRepair.repair(input, request: PageRepairRequest())
        let output = try #require(FixPages.rewritten(result))
        #expect(FixPages.density(output) == 300)
        #expect(result.changes == [.densitySet(from: 72, to: 300)])
        // The same pixels: the entropy-coded data was copied.
        #expect(try JPEGCodec.decodeImage(output).image == JPEGCodec.decodeImage(input).image)
        #expect(abs(output.count - input.count) < 64)
        #expect(PageRepair.repair(output, request: PageRepairRequest()).outcome == .unchanged)
    }

    /// A letter page of 1275 × 1650 px was scanned at 150 ppp whatever its header says: it is
    /// refused with a new scan asked for, never relabelled; a header that the pixels contradict
    /// (150 ppp on a 2550 × 3300 page) is what gets rewritten.
    @Test func aLetterPageScannedAt150IsRefusedNotRelabelled() throws {
        let page = FixPages.grayPage(width: 1275, height: 1650)
        for dpi in [150, 72] {
            let result = PageRepair.repair(try FixPages.jpeg(page, dpi: dpi), request: PageRepairRequest())
            #expect(result.outcome == .refused(.lowResolution(dpi: 150, paper: "carta")), "declared \(dpi)")
        }
        let full = try FixPages.jpeg(FixPages.grayPage(width: 2550, height: 3300), dpi: 150)
        let fixed = PageRepair.repair(full, request: PageRepairRequest())
        #expect(fixed.changes.contains(.densitySet(from: 150, to: 300)))
        #expect(FixPages.rewritten(fixed).map(FixPages.density) == 300)
    }

    @Test func missingAndAspectOnlyDensitiesAreWritten() throws {
        let image = RasterImage(FixPages.grayPage().gray())
        for density in [nil, PixelDensity(unit: .none, x: 1, y: 1)] {
            let input = try JPEGCodec.encode(image, quality: 85, density: density)
            let result = PageRepair.repair(input, request: PageRepairRequest())
            let output = try #require(FixPages.rewritten(result))
            #expect(FixPages.density(output) == 300)
            #expect(result.changes == [.densitySet(from: nil, to: 300)])
            #expect(try JPEGCodec.decodeGray(output).image == JPEGCodec.decodeGray(input).image)
        }
    }

    @Test func trailingDataIsDropped() throws {
        let clean = try FixPages.jpeg(FixPages.colorCard())
        let input = clean + ForeignFormats.zip(fileName: "x.txt", contents: Array(repeating: 7, count: 500))
        let result = PageRepair.repair(input, request: PageRepairRequest())
        let output = try #require(FixPages.rewritten(result))
        #expect(JPEGLayout.parse(output).trailingByteCount == 0)
        #expect(result.changes.contains(.trailingDataDropped(bytes: input.count - clean.count)))
        #expect(try JPEGCodec.decodeImage(output).image == JPEGCodec.decodeImage(clean).image)
    }

    @Test func oversizedMetadataAndInconsistentExifAreDropped() throws {
        let exif = ExifResolution.makeExifPayload(xDPI: 72, yDPI: 72, unit: 2, bigEndian: true)
        let comment = [UInt8](repeating: 0x41, count: 60_000)
        let input = try FixPages.jpeg(FixPages.colorCard(), markers: [(0xE1, exif), (0xFE, comment), (0xFE, comment)])
        let result = PageRepair.repair(input, request: PageRepairRequest())
        let output = try #require(FixPages.rewritten(result))
        #expect(output.count < input.count - 120_000)
        #expect(JPEGLayout.parse(output).exif == nil)
        guard case .metadataDropped(let bytes)? = result.changes.last else { Issue.record("no metadata change"); return }
        #expect(bytes > 120_000)
    }

    @Test func cmykIsConvertedToRGB() throws {
        let input = try FixPages.jpeg(FixPages.colorCard(), cmyk: true)
        #expect(try JPEGCodec.readHeader(input).colorSpace == .cmyk)
        let result = PageRepair.repair(input, request: PageRepairRequest())
        let output = try #require(FixPages.rewritten(result))
        #expect(try JPEGCodec.readHeader(output).colorSpace == .ycbcr)
        #expect(result.changes.first == .cmykToRGB)
        #expect(result.before?.color == "cmyk" && result.after?.color == "color")
        // The red seal is still red.
        let decoded = try JPEGCodec.decodeImage(output).image
        let i = (200 * decoded.width + 450) * 3
        #expect(decoded.pixels[i] > 150 && decoded.pixels[i + 1] < 90 && decoded.pixels[i + 2] < 90)
    }

    @Test func exifOrientation6IsAppliedToThePixels() throws {
        // A dark square at the top left of the stored pixels; orientation 6 turns it clockwise.
        var image = FixPages.grayPage(width: 400, height: 200)
        for y in 0..<40 { for x in 0..<40 { image.pixels[y * 400 + x] = 0 } }
        let input = try FixPages.jpeg(image, markers: [(0xE1, ExifOrientation.makeExifPayload(orientation: 6))])
        let result = PageRepair.repair(input, request: PageRepairRequest())
        let output = try #require(FixPages.rewritten(result))
        #expect(result.changes.first == .orientationApplied(6))
        #expect(JPEGLayout.parse(output).exif == nil)
        let upright = try JPEGCodec.decodeGray(output).image
        #expect(upright.width == 200 && upright.height == 400)
        #expect(upright[190, 10] < 60) // now top right
        #expect(upright[10, 10] > 150)
        #expect(PageRepair.repair(output, request: PageRepairRequest()).outcome == .unchanged)
    }
}
