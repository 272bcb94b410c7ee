/// The cheap first look of the `qr` stage where a page without a QR is normal (a printed título,
/// a cédula in card format): on the page decoded at 1/`scale` (libjpeg's DCT scaling, a quarter
/// of the pixels of a full decode), whether any QR finder pattern shows, dark on light or light
/// on dark. Only then is the page decoded at full size and scanned (`QRScanner.read`); a page
/// with no finder pattern at half size has no symbol zbar or the fallback chain could read or
/// report (zbar finds symbols through the same 1:1:3:1:1 finder runs), except one whose modules
/// are under about 1.5 px at full size, which the rules already call too small. On every page
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

    /// Whether `image` shows at least one finder pattern (one scan row suffices), normal or inverted.
    static func mayHoldQR(_ image: GrayImage) -> Bool {
        finders(image, inverted: true).contains { !$0.isEmpty }
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
