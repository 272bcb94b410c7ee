@testable import ExpedienteKit
import Testing

/// Pages over the byte limit come out within it, at 300 ppp, and still legible.
@Suite struct PageRepairFitTests {
    @Test func noisyGrayLetterPageFitsAt300PPIAndStaysLegible() throws {
        let input = FixPages.noisyGrayLetter
        #expect(input.count > 1_000_000)
        let request = PageRepairRequest(quality: FixPages.thresholds)
        let result = PageRepair.repair(input, request: request)
        let output = try #require(FixPages.rewritten(result))
        #expect(output.count <= 400_000)
        #expect(FixPages.density(output) == 300)
        let header = try JPEGCodec.readHeader(output)
        #expect(header.width == 2550 && header.height == 3300)
        #expect(result.changes.contains(.paperLifted))
        guard case .recompressed(let quality)? = result.changes.last else { Issue.record("no recompression"); return }
        #expect(quality >= 40)
        let page = try #require(RepairGuards.measure(try JPEGCodec.decodeGray(output).image, dpi: 300))
        #expect(try #require(page.sharpness) >= 0.40)
        #expect(try #require(page.contrast) >= 60)
        #expect(result.before?.bytes == input.count && result.after?.bytes == output.count)
        #expect(result.after?.dpi == 300 && result.after?.color == "gris")
    }

    @Test func colorPageOverItsLimitStaysInColorWithinTheLimit() throws {
        let input = try FixPages.jpeg(FixPages.colorCard(noise: 10), quality: 95)
        let request = PageRepairRequest(maxBytes: input.count / 3)
        let result = PageRepair.repair(input, request: request)
        let output = try #require(FixPages.rewritten(result))
        #expect(output.count <= input.count / 3)
        #expect(FixPages.density(output) == 300)
        #expect(try JPEGCodec.readHeader(output).colorSpace == .ycbcr)
        #expect(!result.changes.contains(.toGray))
        #expect(result.after?.color == "color")
    }

    @Test func essentiallyGrayColorScanIsWrittenGray() throws {
        let gray = FixPages.grayPage()
        let tinted = RasterImage(width: gray.width, height: gray.height, components: 3,
                                 pixels: gray.pixels.flatMap { [UInt8(Double($0) * 0.98), UInt8(Double($0) * 0.95), UInt8(Double($0) * 0.88)] })
        let input = try FixPages.jpeg(FixPages.noisy(tinted, sigma: 8), quality: 95)
        let result = PageRepair.repair(input, request: PageRepairRequest(maxBytes: input.count / 3))
        let output = try #require(FixPages.rewritten(result))
        #expect(result.changes.contains(.toGray))
        #expect(try JPEGCodec.readHeader(output).colorSpace == .grayscale)
        // keepColor wins over the measure.
        let kept = PageRepair.repair(input, request: PageRepairRequest(maxBytes: input.count / 3, keepColor: true))
        #expect(try JPEGCodec.readHeader(try #require(FixPages.rewritten(kept))).colorSpace == .ycbcr)
    }

    @Test func scanAt600PPIIsResampledTo300() throws {
        let page = FixPages.noisy(FixPages.grayPage(width: 1200, height: 1600), sigma: 6)
        let input = try FixPages.jpeg(page, dpi: 600, quality: 95)
        let result = PageRepair.repair(input, request: PageRepairRequest(maxBytes: input.count / 4))
        let output = try #require(FixPages.rewritten(result))
        let header = try JPEGCodec.readHeader(output)
        #expect(header.width == 600 && header.height == 800)
        #expect(FixPages.density(output) == 300)
        #expect(result.changes.contains(.resampled(fromDPI: 600, toDPI: 300)))
    }

    @Test func repairedPageRepairedAgainIsUnchanged() throws {
        let input = try FixPages.jpeg(FixPages.colorCard(noise: 10), quality: 95)
        let request = PageRepairRequest(maxBytes: input.count / 3)
        let output = try #require(FixPages.rewritten(PageRepair.repair(input, request: request)))
        #expect(PageRepair.repair(output, request: request).outcome == .unchanged)
    }

    @Test func pageThatCannotFitIsRefusedWithItsSmallestSize() throws {
        let input = try FixPages.jpeg(FixPages.colorCard(noise: 20), quality: 95)
        let result = PageRepair.repair(input, request: PageRepairRequest(maxBytes: 2_000))
        guard case .refused(.cannotFitLegibly(let smallest)) = result.outcome else {
            Issue.record("expected cannotFitLegibly, got \(result.outcome)")
            return
        }
        #expect(smallest > 2_000)
        #expect(result.before?.width == 600)
    }
}
