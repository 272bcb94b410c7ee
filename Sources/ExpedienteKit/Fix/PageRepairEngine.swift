/// One repair: reads the input, decides between copying, rewriting the header and
/// re-encoding, and runs the re-encoding's variants until one passes the guards.
struct PageRepairEngine {
    let request: PageRepairRequest

    func run(_ bytes: [UInt8]) -> PageRepairResult {
        if bytes.count >= 3, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF { return repairJPEG(bytes) }
        if bytes.starts(with: PNGCodec.signature) { return repairPNG(bytes) }
        let mime = MagicDetector.detect(bytes)?.mime ?? "application/octet-stream"
        return refused(.unsupportedFormat(mime))
    }

    private func refused(_ reason: PageRepairRefusal, before: PageSummary? = nil) -> PageRepairResult {
        PageRepairResult(outcome: .refused(reason), before: before)
    }

    // MARK: JPEG

    private func repairJPEG(_ bytes: [UInt8]) -> PageRepairResult {
        let header: JPEGHeader
        do {
            header = try JPEGCodec.readHeader(bytes, limits: request.limits)
        } catch {
            return refused(Self.refusal(error))
        }
        guard header.pixelCount <= request.limits.maxPixels else {
            return refused(.exceedsLimits("\(header.width) × \(header.height) píxeles"))
        }
        let inspection = JPEGInspection(bytes: bytes, header: header, request: request)
        let before = PageSummary(bytes: bytes.count, width: header.width, height: header.height, dpi: inspection.declaredDPI,
                                 quality: JPEGQualityEstimate.estimate(bytes), color: inspection.colorName)
        if let low = LowResolution.scan(width: header.width, height: header.height, declaredDPI: inspection.declaredDPI, target: request.dpi) {
            return refused(.lowResolution(dpi: low.dpi, paper: low.paper.spanishName), before: before)
        }
        let copyable = inspection.faults.isEmpty || inspection.isHeaderOnly
        if copyable {
            // The whole entropy-coded data goes through the decoder (at 1/8: the cheapest scale).
            do {
                let check = try JPEGCodec.decodeGray(bytes, scaleDenominator: 8, limits: request.limits)
                if check.truncated || check.corrupt { return refused(.undecodable(check.firstWarning ?? "datos dañados"), before: before) }
            } catch {
                return refused(Self.refusal(error), before: before)
            }
        }
        if inspection.faults.isEmpty { return PageRepairResult(outcome: .unchanged, before: before, after: before) }
        if inspection.isHeaderOnly, let segments = inspection.segments {
            let (patched, dropped) = JFIFRewrite.rewrite(bytes, segments: segments, dpi: request.dpi)
            if patched.count <= request.maxBytes, (try? JPEGCodec.readHeader(patched, limits: request.limits))?.colorSpace == header.colorSpace {
                var changes: [PageChange] = []
                if inspection.faults.contains(.density) { changes.append(.densitySet(from: inspection.declaredDPI, to: request.dpi)) }
                if inspection.faults.contains(.trailingData) { changes.append(.trailingDataDropped(bytes: inspection.layout.trailingByteCount)) }
                if dropped > 0 { changes.append(.metadataDropped(bytes: dropped)) }
                var after = before
                after.bytes = patched.count
                after.dpi = request.dpi
                return PageRepairResult(outcome: .rewritten(patched), changes: changes, before: before, after: after)
            }
        }
        return reencodeJPEG(bytes, inspection: inspection, before: before)
    }

    private func reencodeJPEG(_ bytes: [UInt8], inspection: JPEGInspection, before: PageSummary) -> PageRepairResult {
        let mustShrink = inspection.faults.contains(.overLimit) || inspection.faults.contains(.aboveDensity)
        let target = Double(request.dpi)
        // libjpeg's DCT scaling does the bulk of a reduction (600 → 300 ppp is 4/8) while decoding.
        var eighths = 8
        if mustShrink, let source = inspection.sourceDPI, source > target * 1.02 {
            eighths = min(8, max(1, Int((8 * target / source).rounded(.up))))
        }
        let decoded: RasterImage
        do {
            let result = try JPEGCodec.decodeImage(bytes, scaleEighths: eighths, limits: request.limits)
            if result.truncated || result.corrupt { return refused(.undecodable("datos dañados o incompletos"), before: before) }
            decoded = result.image
        } catch {
            return refused(Self.refusal(error), before: before)
        }
        var changes: [PageChange] = []
        var page = decoded
        if inspection.orientation != 1 {
            page = ExifOrientation.apply(inspection.orientation, to: page)
            changes.append(.orientationApplied(inspection.orientation))
        }
        if inspection.colorName == "cmyk" { changes.append(.cmykToRGB) }
        let pageDPI = inspection.sourceDPI.map { $0 * Double(eighths) / 8 }
        let trailing = inspection.layout.trailingByteCount
        let resampledFrom = eighths < 8 ? inspection.sourceDPI : nil
        var result = reencode(page, dpi: pageDPI, mustShrink: mustShrink, resampledFrom: resampledFrom, changes: changes, before: before)
        if case .rewritten = result.outcome {
            if inspection.faults.contains(.density) { result.changes.append(.densitySet(from: inspection.declaredDPI, to: request.dpi)) }
            if trailing > 0 { result.changes.append(.trailingDataDropped(bytes: trailing)) }
        }
        return result
    }

    // MARK: PNG

    private func repairPNG(_ bytes: [UInt8]) -> PageRepairResult {
        let png: PNGImage
        do {
            png = try PNGCodec.decode(bytes, limits: request.limits)
        } catch {
            switch error {
            case .limitExceeded(let text): return refused(.exceedsLimits(text))
            case .outOfMemory: return refused(.exceedsLimits("memoria"))
            case .notPNG(let text), .corrupt(let text), .invalidArgument(let text): return refused(.undecodable(text))
            }
        }
        let raster = png.raster
        let before = PageSummary(bytes: bytes.count, width: raster.width, height: raster.height,
                                 dpi: png.dpi.map { Int($0.rounded()) }, quality: nil, color: raster.components == 1 ? "gris" : "color")
        if let low = LowResolution.scan(width: raster.width, height: raster.height, declaredDPI: png.dpi.map { Int($0.rounded()) },
                                        target: request.dpi) {
            return refused(.lowResolution(dpi: low.dpi, paper: low.paper.spanishName), before: before)
        }
        let dpi = ResolutionEstimate.isMeaningful(png.dpi.map { PixelDensity(unit: .perInch, x: $0, y: $0) })
            ?? ResolutionEstimate.infer(width: raster.width, height: raster.height)?.dpi
        let mustShrink = dpi.map { $0 > Double(request.dpi) * 1.02 } ?? false
        return reencode(raster, dpi: dpi, mustShrink: mustShrink || bytes.count > request.maxBytes,
                        changes: [.converted(from: "PNG")], before: before)
    }

    // MARK: Re-encoding

    /// Resamples to `request.dpi` when the page is denser and must shrink, turns an essentially
    /// grey page grey, lifts the paper when the page must shrink, and searches the quality;
    /// then the guards, and the fallbacks in order: without the lift, then (a coloured page with
    /// a QR whose kind allows grey) grey.
    /// `resampledFrom`: the density the decoder already reduced the page from (DCT scaling).
    private func reencode(_ page: RasterImage, dpi: Double?, mustShrink: Bool, resampledFrom: Double? = nil,
                          changes: [PageChange], before: PageSummary) -> PageRepairResult {
        let target = Double(request.dpi)
        var base = page
        var changes = changes
        if mustShrink, let dpi, dpi > target * 1.02 {
            let width = max(1, Int((Double(page.width) * target / dpi).rounded()))
            let height = max(1, Int((Double(page.height) * target / dpi).rounded()))
            base = page.resampled(width: width, height: height)
        }
        if let from = resampledFrom ?? (base.width < page.width ? dpi : nil) {
            changes.append(.resampled(fromDPI: Int(from.rounded()), toDPI: request.dpi))
        }
        if base.components == 3, !request.keepColor, base.colorfulShare() < PageRepairPolicy.grayMaxColorfulShare {
            base = RasterImage(base.gray())
            changes.append(.toGray)
        }
        let guards = RepairGuards(request: request, page: base, dpi: target)
        // Made only when the ones before fail a guard.
        func lifted(_ image: RasterImage, _ changes: [PageChange]) -> (RasterImage, [PageChange])? {
            guard mustShrink, let lifted = PaperLift.apply(image, dpi: target) else { return nil }
            return (lifted.image, changes + [.paperLifted])
        }
        var variants: [() -> (image: RasterImage, changes: [PageChange])?] = [
            { lifted(base, changes) },
            { (base, changes) },
        ]
        // A coloured page the kind lets go grey: fewer bytes for the same quality, for a QR.
        if base.components == 3, !request.keepColor, !request.qrTexts.isEmpty {
            variants.append {
                let gray = RasterImage(base.gray())
                return lifted(gray, changes + [.toGray]) ?? (gray, changes + [.toGray])
            }
        }
        var smallest = Int.max
        var lostQR = false
        for make in variants {
            guard let variant = make() else { continue }
            let (best, least) = EncodingSearch.fit(variant.image, maxBytes: request.maxBytes, dpi: request.dpi)
            smallest = min(smallest, least)
            guard let best else { continue }
            switch guards.check(best.bytes) {
            case .qrLost?: lostQR = true
            case .illegible?: break
            case nil:
                let after = PageSummary(bytes: best.bytes.count, width: variant.image.width, height: variant.image.height,
                                        dpi: request.dpi, quality: best.quality, color: variant.image.components == 1 ? "gris" : "color")
                return PageRepairResult(outcome: .rewritten(best.bytes), changes: variant.changes + [.recompressed(quality: best.quality)],
                                        before: before, after: after)
            }
        }
        return refused(lostQR ? .qrLost : .cannotFitLegibly(smallestBytes: smallest), before: before)
    }

    static func refusal(_ error: JPEGError) -> PageRepairRefusal {
        switch error {
        case .limitExceeded(let text): .exceedsLimits(text)
        case .outOfMemory: .exceedsLimits("memoria")
        case .unsupported(let text): .undecodable(text)
        case .notJPEG(let text), .corrupt(let text), .invalidArgument(let text): .undecodable(text)
        }
    }
}
