/// The cheap first look of the `qr` stage where a page without a QR is normal (a printed título,
/// a cédula in card format): on the page decoded at 1/`scale` (libjpeg's DCT scaling, a quarter
/// of the pixels of a full decode), whether three QR finder patterns show that could be one
/// symbol's, dark on light or light on dark (`mayHoldQR`). Only then is the page decoded at
/// full size and scanned (`QRScanner.read`); a page without three such patterns at half size
/// has no symbol zbar or the fallback chain could read or report (zbar finds symbols through
/// the same 1:1:3:1:1 finder runs, three of them), except one whose modules are under about
/// 1.5 px at full size, which the rules already call too small. On every page
/// decoded at that size, a QR is first read around the finder patterns found there
/// (`readAroundFinders`), and the full-size decode is left to the pages where that fails.
enum QRScreen {
    /// DCT scale denominator of the screening decode.
    static let scale = 2

    /// Rows scanned: a finder centre 3 modules tall of modules of 1.5 px (3 px at full size) is
    /// still crossed by one row in three.
    static let rowStep = 3

    /// The finder patterns of `image` on the screen's rows, each confirmed by at least one:
    /// dark on light and, when `inverted`, light on dark too (one list per polarity, in that order).
    static func finders(_ image: GrayImage, inverted: Bool) -> [[FinderPattern]] {
        QRFinderDetector.candidates(in: image, minConfirmations: 1, polarities: inverted ? [false, true] : [false], rowStep: rowStep)
    }

    /// Whether `image` may hold a QR symbol, normal or inverted (`mayHoldQR(_:screened:)`).
    static func mayHoldQR(_ image: GrayImage) -> Bool {
        mayHoldQR(image, screened: finders(image, inverted: true))
    }

    /// Whether the finder patterns `screened` on `image` (`finders(image, inverted: true)`) may
    /// be those of a symbol: three of one polarity that form a finder triangle, square or loose
    /// (`QRFinderDetector.triangle`, `QRMeshSampler.looseTriangle`), on the screen's rows or, where
    /// those show fewer, on every row around the patterns they show (rows 3 apart cross the
    /// centre of a finder of 1.5 px modules once or twice, and may miss one), where each of the
    /// three must show on two rows at least. A pattern without two others is text, a seal or
    /// noise, not a symbol: zbar reads a QR only through its three finder patterns, and the
    /// full-size passes report one as unreadable only from such a triangle.
    /// Measured on the realistic tree (`expediente-samples --synthetic 40 --realistic`): 13 of
    /// the 38 printed títulos and cédulas showed a lone light-on-dark pattern or two, and each
    /// then cost a full-size decode and whole-page zbar passes (about 250 ms).
    static func mayHoldQR(_ image: GrayImage, screened: [[FinderPattern]]) -> Bool {
        for (polarity, patterns) in screened.enumerated() where !patterns.isEmpty {
            if formSymbol(patterns) { return true }
            // On every row a finder of 1.5 px modules is crossed 4 times: noise once.
            if formSymbol(everyRow(of: image, around: patterns, inverted: polarity == 1).filter { $0.confirmations >= 2 }) { return true }
        }
        return false
    }

    static func formSymbol(_ patterns: [FinderPattern]) -> Bool {
        patterns.count >= 3
            && (QRFinderDetector.triangle(among: patterns) != nil || QRMeshSampler.looseTriangle(among: patterns) != nil)
    }

    /// The finder patterns on every row of the part of `image` where a symbol with one of
    /// `patterns` as a finder could lie (legs of up to 190 modules, so the other finders are
    /// within 190·√2 modules of it). The part starts on the detector's block grid, so that its
    /// thresholds are the whole image's away from the part's edges.
    static func everyRow(of image: GrayImage, around patterns: [FinderPattern], inverted: Bool) -> [FinderPattern] {
        let reach = 190 * 2.0.squareRoot() + 4
        let xs = patterns.flatMap { [$0.x - reach * $0.moduleSize, $0.x + reach * $0.moduleSize] }
        let ys = patterns.flatMap { [$0.y - reach * $0.moduleSize, $0.y + reach * $0.moduleSize] }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max(),
              minX.isFinite, maxX.isFinite, minY.isFinite, maxY.isFinite else { return [] }
        let grid = ~((1 << QRFinderDetector.blockShift) - 1)
        let width = Double(image.width), height = Double(image.height)
        let x0 = Int(min(width, max(0, minX))) & grid, y0 = Int(min(height, max(0, minY))) & grid
        let x1 = Int(max(0, min(width, maxX))), y1 = Int(max(0, min(height, maxY)))
        guard x1 > x0, y1 > y0 else { return [] }
        let region = x0 == 0 && y0 == 0 && x1 == image.width && y1 == image.height
            ? image : image.cropped(x: x0, y: y0, width: x1 - x0, height: y1 - y0, margin: 0, fill: 255)
        return QRFinderDetector.candidates(in: region, minConfirmations: 1, polarities: [inverted], rowStep: 1)[0]
    }

    /// The quick read of a page decoded at 1/`scale` (`QRStage`): the finder patterns of the
    /// screen's rows and, when three of them form a symbol, one zbar pass over a crop around it
    /// (and around every other pattern of a like module size, so that a second symbol stays in
    /// the crop) instead of a full-size decode scanned whole. The crop reaches 10.5 modules past
    /// the finder centres (3.5 to the symbol's edge, 4 of quiet zone, 3 for perspective and
    /// rounding) and gets a white margin of 6 modules. Module sizes in the result are in pixels
    /// of the full-size page.
    ///
    /// Nil unless the read says all a full scan would: each code's segments were read off its
    /// own grid (they give exactly zbar's bytes, so the text and its character set are those of
    /// any read of the symbol), and each module size is at least `minModuleSize` (the caller
    /// keeps small modules, whose size a finding shows, to the full-size estimate). The caller
    /// then decodes the page at full size and runs the whole scanner.
    /// `dark`: the dark-on-light patterns of `finders(image, …)` when the caller has them already.
    static func readAroundFinders(_ image: GrayImage, scale: Int, minModuleSize: Double, finders dark: [FinderPattern]? = nil) -> QRScanResult? {
        guard image.hasValidShape, scale >= 1 else { return nil }
        // Confirmed by two rows at least, like the full-size search.
        let found = (dark ?? finders(image, inverted: false)[0]).filter { $0.confirmations >= 2 }
        guard let corners = QRFinderDetector.triangle(among: found) else { return nil }
        let module = max(1, corners.reduce(0) { $0 + $1.moduleSize } / 3)
        let alike = found.filter { $0.moduleSize >= module / 2 && $0.moduleSize <= module * 2 }
        let a = corners[0], b = corners[1], c = corners[2]
        let xs = alike.map(\.x) + [a.x, b.x, c.x, b.x + c.x - a.x]
        let ys = alike.map(\.y) + [a.y, b.y, c.y, b.y + c.y - a.y]
        let pad = 10.5 * module
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max(),
              (maxX - minX).isFinite, (maxY - minY).isFinite else { return nil }
        let x0 = Int(max(0, minX - pad)), y0 = Int(max(0, minY - pad))
        let x1 = Int(min(Double(image.width), maxX + pad)), y1 = Int(min(Double(image.height), maxY + pad))
        guard x1 > x0, y1 > y0 else { return nil }
        let margin = Int((6 * module).rounded(.up))
        let crop = image.cropped(x: x0, y: y0, width: x1 - x0, height: y1 - y0, margin: margin, fill: 255)
        let symbols = ZBarReader.scan(crop)
        guard !symbols.isEmpty else { return nil }
        var codes: [QRCode] = []
        for symbol in symbols {
            guard let segments = symbol.segments,
                  let size = QRModuleEstimate.moduleSize(corners: symbol.corners, in: crop)
                    ?? QRModuleEstimate.moduleSizeFromFinders(corners: symbol.corners, in: crop),
                  size * Double(scale) >= minModuleSize
            else { return nil }
            codes.append(QRCode(bytes: symbol.bytes, segments: segments, moduleSize: size * Double(scale)))
        }
        return QRScanResult(codes: codes, pass: .half)
    }
}
