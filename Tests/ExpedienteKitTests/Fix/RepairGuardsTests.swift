@testable import ExpedienteKit
import ExpedienteSamples
import Testing

/// The legibility guard measures the encoded bytes as the quality stage would.
@Suite struct RepairGuardsTests {
    @Test func blurredOutputOfASharpPageIsIllegibleAndTheSharpOneIsNot() throws {
        let page = try SamplePages.raster(PageOptions(kind: .curp, color: false))
        let guards = RepairGuards(request: PageRepairRequest(quality: FixPages.thresholds), page: page, dpi: 300)
        #expect(try #require(guards.reference?.sharpness) >= 0.40)
        let sharp = try FixPages.jpeg(page, quality: 60)
        let blurred = try FixPages.jpeg(try SamplePages.raster(PageOptions(kind: .curp, color: false, degradations: [.blur(sigma: 6)])),
                                        quality: 60)
        #expect(guards.check(sharp) == nil)
        #expect(guards.check(blurred) == .illegible)
    }
}
