/// The checks a re-encoded page must pass before it is written: its QR codes read the same
/// texts, and its sharpness and contrast (the `quality` stage's measures, at its 75 ppp) stay at
/// or above the kind's thresholds wherever the page before compression met them.
struct RepairGuards {
    enum Failure: Equatable {
        case qrLost
        case illegible
    }

    let request: PageRepairRequest
    /// The page before compression, measured as the quality stage would (nil: not measured).
    let reference: PageQuality?

    init(request: PageRepairRequest, page: RasterImage, dpi: Double) {
        self.request = request
        reference = request.quality == nil ? nil : Self.measure(page.gray(), dpi: dpi)
    }

    func check(_ jpeg: [UInt8]) -> Failure? {
        if !request.qrTexts.isEmpty {
            guard let decoded = try? JPEGCodec.decodeGray(jpeg, scaleDenominator: 1, limits: request.limits) else { return .qrLost }
            let texts = Set(QRScanner.read(decoded.image).codes.map(\.text))
            if !request.qrTexts.allSatisfy(texts.contains) { return .qrLost }
        }
        if let thresholds = request.quality, let reference {
            let dpi = Double(request.dpi)
            let reduction = PageQuality.reductionFactor(dpi: dpi)
            guard let decoded = try? JPEGCodec.decodeGray(jpeg, scaleDenominator: reduction, limits: request.limits),
                  let page = PageQuality.measure(decoded.image, ppi: dpi / Double(reduction)) else { return .illegible }
            if let minimum = thresholds.minSharpness, let before = reference.sharpness, before >= minimum,
               (page.sharpness ?? 0) < minimum { return .illegible }
            if let minimum = thresholds.minContrast, let before = reference.contrast, before >= minimum,
               (page.contrast ?? 0) < minimum { return .illegible }
        }
        return nil
    }

    /// `PageQuality` of a full-resolution page, reduced by halves as the quality stage does.
    static func measure(_ gray: GrayImage, dpi: Double) -> PageQuality? {
        let reduction = PageQuality.reductionFactor(dpi: dpi)
        var image = gray, scale = 1
        while scale < reduction {
            image = image.downscaledByTwo()
            scale *= 2
        }
        return PageQuality.measure(image, ppi: PageQuality.assumedDPI(dpi) / Double(scale))
    }
}
