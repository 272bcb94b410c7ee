import Foundation
import Testing
@testable import ExpedienteKit
@testable import ExpedienteSamples

/// `QRScreen` and the two polarities of `QRFinderDetector`: the inverse is searched without
/// allocating it, with the same result, and a page decoded at half size tells pages that may
/// hold a QR from pages that cannot.
@Suite struct ImagingQRScreenTests {
    typealias F = ImagingFixtures

    /// A synthetic page (`kind`, with or without its QR) decoded at 1/`scale` from its JPEG.
    static func decoded(_ kind: SampleDocumentKind, qr: QRContent = .standard, scale: Int = QRScreen.scale) throws -> GrayImage {
        try JPEGCodec.decodeGray(SamplePages.jpeg(PageOptions(kind: kind, qr: qr)), scaleDenominator: scale).image
    }

    @Test func invertedPolarityEqualsSearchingTheInverse() throws {
        let matrix = try QRGenerator.modules(for: Array("EXP-2025-000123".utf8))
        var page = GrayImage(width: 900, height: 700, fill: 255)
        F.paste(matrix.render(moduleSize: 5), onto: &page, x: 60, y: 50)
        F.paste(matrix.render(moduleSize: 4).inverted(), onto: &page, x: 480, y: 300)
        let text = try Self.decoded(.titulo1, qr: .none)
        for image in [page, page.inverted(), text] {
            let both = QRFinderDetector.candidates(in: image, minConfirmations: 1, polarities: [false, true])
            #expect(both[0] == QRFinderDetector.candidates(in: image, minConfirmations: 1))
            #expect(both[1] == QRFinderDetector.candidates(in: image.inverted(), minConfirmations: 1))
            let stepped = QRFinderDetector.candidates(in: image, minConfirmations: 1, polarities: [true], rowStep: 3)
            #expect(stepped.count == 1)
        }
        #expect(!QRFinderDetector.candidates(in: page, minConfirmations: 2, polarities: [false, true]).contains { $0.isEmpty })
    }

    @Test func halfSizePagesWithAQRPassTheScreen() throws {
        for kind in [SampleDocumentKind.titulo1, .cedula, .puntajeENARM] {
            let page = try Self.decoded(kind)
            #expect(QRScreen.mayHoldQR(page), "\(kind)")
            // And their QR is read there, around its finder patterns.
            let quick = QRScreen.readAroundFinders(page, scale: QRScreen.scale, minModuleSize: 4.5)
            #expect(quick?.codes.map(\.bytes) == kind.standardQRPayload.map { [$0] }, "\(kind)")
        }
        // Light modules on a dark ground too.
        let matrix = try QRGenerator.modules(for: Array("EXP-2025-000123".utf8))
        var page = GrayImage(width: 1275, height: 1650, fill: 255)
        F.paste(matrix.render(moduleSize: 3).inverted(), onto: &page, x: 900, y: 60)
        #expect(QRScreen.mayHoldQR(page))
    }

    @Test func blankAndFlatPagesDoNot() throws {
        #expect(!QRScreen.mayHoldQR(GrayImage(width: 1275, height: 1650, fill: 250)))
        #expect(!QRScreen.mayHoldQR(F.grayGradient(width: 1275, height: 1650)))
        #expect(!QRScreen.mayHoldQR(GrayImage(width: 10, height: 10, fill: 0)))
    }

    /// One finder pattern, or two, is not a symbol: zbar needs all three. Alone on a page (dark
    /// on light and light on dark) the screen sees it, and says the page holds no QR.
    @Test func lonePatternsAreNotASymbol() throws {
        let matrix = try QRGenerator.modules(for: Array("EXP-2025-000123".utf8))
        let symbol = matrix.render(moduleSize: 4)
        // The top-left finder (7 modules) with its quiet zone, cut from a rendered symbol.
        let quiet = (symbol.width - matrix.size * 4) / 2
        let finder = symbol.cropped(x: quiet - 8, y: quiet - 8, width: 7 * 4 + 16, height: 7 * 4 + 16, margin: 0, fill: 255)
        var one = GrayImage(width: 1275, height: 1650, fill: 250)
        F.paste(finder, onto: &one, x: 600, y: 700)
        var two = one
        F.paste(finder, onto: &two, x: 600, y: 900)
        for page in [one, two, one.inverted(), two.inverted()] {
            #expect(QRScreen.finders(page, inverted: true).contains { !$0.isEmpty })
            #expect(!QRScreen.mayHoldQR(page))
        }
        var three = two
        F.paste(finder, onto: &three, x: 800, y: 700)
        #expect(QRScreen.mayHoldQR(three))
    }

    /// Modules of 1.5 px at half size (3 px at full size, the rules' minimum): the screen's
    /// rows, 3 apart, may cross a finder centre once or miss it, and every row around what
    /// they show is scanned again.
    @Test func smallModulesPassTheScreen() throws {
        let matrix = try QRGenerator.modules(for: Array("EXP-2025-000123".utf8))
        for offset in 0..<3 {
            var full = GrayImage(width: 2550, height: 3300, fill: 250)
            F.paste(matrix.render(moduleSize: 3), onto: &full, x: 1800, y: 200 + offset)
            let half = full.downscaledByTwo()
            #expect(QRScreen.mayHoldQR(half), "offset \(offset)")
            #expect(QRScreen.mayHoldQR(half.inverted()), "offset \(offset)")
        }
    }

    /// The printed títulos and cédulas of the realistic tree (`--synthetic --realistic`):
    /// paper grain, scanner noise, seals. Some show a lone pattern that looks like a finder;
    /// none may send its page to the full-size decode and zbar.
    @Test func printedPagesOfTheRealisticTreeDoNot() throws {
        let plan = try SyntheticTree.plan(count: 10, seed: 1, style: .realistic)
        let printed = plan.flatMap(\.files).compactMap { file -> PageOptions? in
            guard case .page(let options) = file.content, [.titulo1, .cedula].contains(options.kind),
                  options.resolvedQRPayload == nil else { return nil }
            return options
        }
        try #require(printed.count >= 4)
        var lone = 0
        for options in printed {
            let page = try JPEGCodec.decodeGray(SyntheticRealism.fittedJPEG(options), scaleDenominator: QRScreen.scale).image
            let screened = QRScreen.finders(page, inverted: true)
            if screened.contains(where: { !$0.isEmpty }) { lone += 1 }
            #expect(!QRScreen.mayHoldQR(page, screened: screened), "\(options.kind)")
        }
        // The case this guards: patterns seen, no symbol.
        #expect(lone >= 1, "\(printed.count) pages")
    }

    /// The quick read of the `qr` stage: a page's QR read around its finder patterns at half
    /// size, its module size in full-size pixels; nothing where no symbol shows, or where its
    /// modules are under the bound (left to the full-size scan, which reports their size).
    @Test func halfSizePagesAreReadAroundTheirFinders() throws {
        let payload = Array("EXP-2025-000123".utf8)
        var page = GrayImage(width: 1275, height: 1650, fill: 250)
        F.paste(try QRGenerator.modules(for: payload).render(moduleSize: 4), onto: &page, x: 900, y: 60)
        let quick = try #require(QRScreen.readAroundFinders(page, scale: QRScreen.scale, minModuleSize: 4.5))
        #expect(quick.codes.map(\.bytes) == [payload])
        let size = try #require(quick.codes.first?.moduleSize)
        #expect(abs(size - 8) < 0.5, "\(size)")
        #expect(QRScreen.readAroundFinders(page, scale: QRScreen.scale, minModuleSize: size + 1) == nil)
        #expect(QRScreen.readAroundFinders(GrayImage(width: 1275, height: 1650, fill: 250), scale: QRScreen.scale, minModuleSize: 4.5) == nil)
    }
}
