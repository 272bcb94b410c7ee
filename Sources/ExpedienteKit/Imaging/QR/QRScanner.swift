/// QR detection with zbar: a chain of passes that stops at the first one that reads a code.
public enum QRScanner {
    /// The codes of `image` (see `read`).
    public static func scan(_ image: GrayImage) -> [QRCode] {
        read(image).codes
    }

    /// Tries a 1/2 box-downscaled copy first, then full resolution; only when both read nothing,
    /// the fallback chain (`QRFallbackChain`: reduced scales, local threshold, inverted copy,
    /// crops around finder patterns, 2× upscale). zbar's cost grows with the pixel count, so the
    /// half-size pass (a quarter of the work) reads the usual 5-8 px modules of a 300-dpi scan
    /// cheaply; full size is still tried because zbar reads clean modules down to 2 px only there.
    /// Module sizes in the result are in pixels of `image`.
    public static func read(_ image: GrayImage, effort: QRScanEffort = .full) -> QRScanResult {
        guard image.hasValidShape else { return QRScanResult() }
        var half: GrayImage?
        if min(image.width, image.height) >= 400 {
            let halved = image.downscaledByTwo()
            half = halved
            // The cheap first pass reads every third scan line: at half size the 3×3-module centre
            // of a finder pattern of a 300-dpi scan (modules of 3 px or more) is still crossed by
            // three lines each way. Measured on one synthetic folder (callgrind): 2.59 G
            // instructions with full-density passes, 1.76 G with this one.
            if let found = attempt(QRView(halved, scale: 2), density: 3, pass: .half) { return found }
        }
        if let found = attempt(QRView(image), pass: .full) { return found }
        var chain = QRFallbackChain(image: image, half: half, effort: effort)
        return chain.run()
    }

    /// One zbar pass over `view`; nil when it reads nothing.
    static func attempt(_ view: QRView, density: Int32 = 1, pass: QRScanPass) -> QRScanResult? {
        let symbols = ZBarReader.scan(view.image, density: density)
        guard !symbols.isEmpty else { return nil }
        let codes = symbols.map { symbol in
            let size = QRModuleEstimate.moduleSize(corners: symbol.corners, in: view.image)
                ?? QRModuleEstimate.moduleSizeFromFinders(corners: symbol.corners, in: view.image)
            return QRCode(bytes: symbol.bytes, segments: symbol.segments, moduleSize: size.map { $0 * view.scale })
        }
        return QRScanResult(codes: codes, pass: pass)
    }

    /// One zbar pass at full density, without the fallbacks (for tests and comparisons).
    static func scanOnce(_ image: GrayImage, density: Int32 = 1) -> [QRCode] {
        ZBarReader.scan(image, density: density).map { QRCode(bytes: $0.bytes, segments: $0.segments) }
    }
}

/// How much a failed first pass may spend on a large page.
public enum QRScanEffort: Sendable {
    /// Every fallback pass: where a QR is expected (the ENARM constancia, `expediente qr`).
    case full
    /// On large pages, only reduced scales and crops around visible finder patterns: where a
    /// page without a QR is normal (a printed título, a cédula in card format), so that such
    /// pages cost little more than before.
    case findersOnly
}

/// An image handed to zbar and how its pixels map back to the scanned page:
/// page coordinate = origin + coordinate × scale.
struct QRView {
    var image: GrayImage
    var scale: Double
    var originX: Double
    var originY: Double

    init(_ image: GrayImage, scale: Double = 1, originX: Double = 0, originY: Double = 0) {
        self.image = image
        self.scale = scale
        self.originX = originX
        self.originY = originY
    }

    var pixelCount: Int { image.width * image.height }

    func with(_ image: GrayImage, scale factor: Double = 1) -> QRView {
        QRView(image, scale: scale / factor, originX: originX, originY: originY)
    }
}
