/// The passes tried when zbar reads nothing on the page as decoded, cheapest and most often
/// useful first, stopping at the first that reads a code. Work is bounded: zbar never scans
/// more than `maxScannedPixels` in total here; the whole-page passes run on a copy of at most
/// `maxWorkPixels` (a letter page at 300 dpi is halved: small modules on a large page are left to
/// the crops around finder patterns, which work at full size), crops are cut from a copy of at
/// most `maxCropPixels`, and upscaling only applies to images of at most `maxUpscalePixels`.
/// A large page with no QR at all costs a few zbar passes over 2.5 Mpixel with `.full` effort,
/// and little more than the finder search with `.findersOnly`.
struct QRFallbackChain {
    static let maxScannedPixels = 40_000_000
    static let maxWorkPixels = 2_500_000
    static let maxCropPixels = 9_000_000
    static let maxUpscalePixels = 2_400_000
    /// Symbols with modules under this many pixels are also tried at twice the size.
    static let upscaleBelowModule = 4.5
    static let maxCrops = 4

    let image: GrayImage
    let half: GrayImage?
    let effort: QRScanEffort
    private var remaining = QRFallbackChain.maxScannedPixels

    init(image: GrayImage, half: GrayImage?, effort: QRScanEffort) {
        self.image = image
        self.half = half
        self.effort = effort
    }

    mutating func run() -> QRScanResult {
        if let found = reducedScales() { return found }
        let work = workView()
        // Whole-image passes: always on images used at their own size (cheap), on reduced copies
        // of large pages only when a QR is expected there.
        let wholeImage = effort == .full || work.scale == 1
        var thresholded: QRView?
        if wholeImage {
            let binary = work.with(work.image.locallyThresholded(radius: Self.radius(for: work.image)))
            if let found = attempt(binary, .threshold) { return found }
            thresholded = binary
        }
        let inverted = work.with(work.image.inverted())
        if wholeImage, let found = attempt(inverted, .inverted) { return found }

        // The finder patterns (as the pipeline always looked for them, on the page as decoded).
        let found = QRFinderDetector.candidates(in: image)
        var corners = QRFinderDetector.triangle(among: found)
        var regions: [(corners: [FinderPattern], inverted: Bool)] = corners.map { [($0, false)] } ?? []
        if let invertedCorners = QRFinderDetector.symbolCorners(in: inverted.image) {
            regions.append((invertedCorners.map { inverted.toPage($0) }, true))
        }
        for region in regions.prefix(Self.maxCrops) {
            if let found = crops(around: region.corners, inverted: region.inverted) { return found }
        }
        // Finders too unevenly spaced for a flat symbol (a curved surface): only the mesh, which
        // checks the symbol's size on both timing patterns before zbar sees anything.
        if corners == nil, let loose = QRMeshSampler.looseTriangle(among: found),
           let read = meshed(around: loose, inverted: false) { return read }
        // Blur of half a module and more fills the finders' light ring, and most go unseen.
        if corners == nil, wholeImage, let sharpened = finders(sharpenedAround: found) {
            if let read = crops(around: sharpened, inverted: false) { return read }
            corners = sharpened
        }

        // Only an image used at its own size: upscaling a reduced copy would just blur the page.
        if work.scale == 1, work.pixelCount <= Self.maxUpscalePixels {
            let upscaled = work.with(work.image.upscaledByTwo(), scale: 2)
            if let found = attempt(upscaled, .upscale) { return found }
            let binary = upscaled.with(upscaled.image.locallyThresholded(radius: Self.radius(for: upscaled.image)))
            if let found = attempt(binary, .upscale) { return found }
            if let found = attempt(binary.with(binary.image.inverted()), .inverted) { return found }
        }
        if let thresholded, let found = attempt(inverted.with(thresholded.image.inverted()), .inverted) { return found }

        let candidate = corners.map { $0.reduce(0) { $0 + $1.moduleSize } / 3 } ?? QRFinderDetector.pairModuleSize(among: found)
        return QRScanResult(finderCorners: corners, candidateModuleSize: candidate)
    }

    /// Today's 1/4 pass (large or noisy modules), and 1/8 for very large pages.
    private mutating func reducedScales() -> QRScanResult? {
        guard var current = half, min(current.width, current.height) >= 400 else { return nil }
        var scale = 2.0
        for _ in 0..<2 where min(current.width, current.height) >= 400 {
            current = current.downscaledByTwo()
            scale *= 2
            if let found = attempt(QRView(current, scale: scale), .reduced) { return found }
        }
        return nil
    }

    /// The page, halved until it has at most `maxWorkPixels`.
    private func workView() -> QRView {
        var view = QRView(image)
        if view.pixelCount > Self.maxWorkPixels, let half {
            view = QRView(half, scale: 2)
        }
        while view.pixelCount > Self.maxWorkPixels {
            view = view.with(view.image.downscaledByTwo(), scale: 0.5)
        }
        return view
    }

    /// A finder triangle found again on a sharpened copy of the page around each of the first
    /// two finders found alone (as far as the other two of a version-25 symbol can be), in page
    /// coordinates; nil when none gives one.
    private func finders(sharpenedAround found: [FinderPattern]) -> [FinderPattern]? {
        for lone in found.prefix(2) {
            let reach = 120 * lone.moduleSize
            let x0 = Int(max(0, lone.x - reach)), y0 = Int(max(0, lone.y - reach))
            let x1 = Int(min(Double(image.width), lone.x + reach)), y1 = Int(min(Double(image.height), lone.y + reach))
            guard x1 > x0, y1 > y0, (x1 - x0) * (y1 - y0) <= Self.maxCropPixels else { continue }
            let crop = image.cropped(x: x0, y: y0, width: x1 - x0, height: y1 - y0, margin: 0, fill: 255)
            let sharp = crop.sharpened(radius: max(2, Int(lone.moduleSize.rounded())))
            guard let corners = QRFinderDetector.triangle(among: QRFinderDetector.candidates(in: sharp)) else { continue }
            return corners.map(QRView(sharp, originX: Double(x0), originY: Double(y0)).toPage)
        }
        return nil
    }

    /// The symbol's bounding box around its three finder centres (page coordinates), plus the
    /// finders' half width and a quiet zone, cut from the page with a white margin added; tried
    /// as is, thresholded, sharpened, upscaled (small modules), then resampled upright from the
    /// finder triangle (affine) and from the alignment pattern too (perspective).
    private mutating func crops(around corners: [FinderPattern], inverted: Bool) -> QRScanResult? {
        let module = max(1, corners.reduce(0) { $0 + $1.moduleSize } / 3)
        let a = corners[0], b = corners[1], c = corners[2]
        let xs = [a.x, b.x, c.x, b.x + c.x - a.x], ys = [a.y, b.y, c.y, b.y + c.y - a.y]
        // 3.5 modules to the finder's edge, 4 of quiet zone, 3 for perspective and rounding.
        let pad = 10.5 * module
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max(),
              (maxX - minX).isFinite, (maxY - minY).isFinite else { return nil }
        let x0 = Int(max(0, minX - pad)), y0 = Int(max(0, minY - pad))
        let x1 = Int(min(Double(image.width), maxX + pad)), y1 = Int(min(Double(image.height), maxY + pad))
        guard x1 > x0, y1 > y0 else { return nil }
        // Keep the crop within its bound by cutting it from a reduced copy; `cropModule` is the
        // module size in the crop's pixels.
        var source = image, scale = 1.0, cropModule = module
        var sx = x0, sy = y0, cw = x1 - x0, ch = y1 - y0
        while cw * ch > Self.maxCropPixels {
            source = source.downscaledByTwo()
            scale *= 2; cropModule /= 2; sx /= 2; sy /= 2; cw /= 2; ch /= 2
        }
        let margin = Int((6 * cropModule).rounded(.up))
        var crop = source.cropped(x: sx, y: sy, width: cw, height: ch, margin: 0, fill: 255)
        if inverted { crop = crop.inverted() }
        crop = crop.cropped(x: 0, y: 0, width: crop.width, height: crop.height, margin: margin, fill: 255)
        let view = QRView(crop, scale: scale, originX: Double(sx - margin) * scale, originY: Double(sy - margin) * scale)
        let radius = max(8, Int(4 * cropModule))
        if let found = attempt(view, .crop) { return found }
        let binary = view.with(view.image.locallyThresholded(radius: radius))
        if let found = attempt(binary, .crop) { return found }
        // Blur spreads each module over its neighbours: sharpen against a window of ~2 modules.
        let sharp = view.with(view.image.sharpened(radius: max(2, Int(cropModule.rounded()))))
        if let found = attempt(sharp, .crop) { return found }
        if cropModule < Self.upscaleBelowModule, view.pixelCount <= Self.maxUpscalePixels {
            let upscaled = view.with(view.image.upscaledByTwo(), scale: 2)
            if let found = attempt(upscaled, .crop) { return found }
            if let found = attempt(upscaled.with(upscaled.image.locallyThresholded(radius: 2 * radius)), .crop) { return found }
        }
        let projection = QRPerspective.homography(image, corners: corners, inverted: inverted)
        // Shear and rotation undone from the finder triangle, modules brought to 4-8 px.
        if let upright = QRRectifier.rectified(image, corners: corners, inverted: inverted) {
            if let found = attempt(upright, .crop) { return found }
            let uprightRadius = max(8, Int(4 * module / upright.scale))
            if let found = attempt(upright.with(upright.image.locallyThresholded(radius: uprightRadius)), .crop) { return found }
            // Perspective too, from the bottom-right alignment pattern.
            if let projection, let projected = QRPerspective.rectified(image, projection, inverted: inverted) {
                if let found = attempt(projected, .crop) { return found }
                if let found = attempt(projected.with(projected.image.locallyThresholded(radius: uprightRadius)), .crop) { return found }
            }
        }
        // Blur of half a module and more: the grid through the same homography, equalized.
        if let (h, n, module) = projection,
           let levels = QRGridSampler.meanLevels(image, n: n, inverted: inverted, point: { h.map($0, $1) ?? (-1, -1) }),
           let segments = QRSegmentReader.decode(levels: levels, n: n) {
            return ownRead(segments, module: module)
        }
        // Curved or waved surfaces: resampled along the traced timing patterns.
        return meshed(around: corners, inverted: inverted)
    }

    /// The symbol resampled through the mesh of its timing patterns (`QRMeshSampler`), as is
    /// and thresholded against a window of about 3 modules.
    /// Tried with the alignment pattern's perspective correction, then without (a wrong match
    /// of the alignment pattern bends the whole bottom-right quarter); then the same with the
    /// timing patterns followed sideways (waved cloth). Last, when no mesh reads (the waves of
    /// cloth bend the timing patterns off any line they can be traced along), the module
    /// centres placed by a measured displacement field (`QRWarpDecoder`), read by the project's
    /// own decoder.
    private mutating func meshed(around corners: [FinderPattern], inverted: Bool) -> QRScanResult? {
        var traced: QRMeshSampler.Surface?
        let plain = QRMeshSampler.traces(image, corners: corners, inverted: inverted)
        if let found = meshVariants(around: corners, inverted: inverted, size: nil, plain: plain, traced: &traced) { return found }
        // The timing lines count different sizes (a compressed or foreshortened end merges or
        // splits runs): each count tried, the other line fitted to it.
        if traced == nil {
            for size in QRMeshSampler.sizes(of: plain) {
                if let found = meshVariants(around: corners, inverted: inverted, size: size, plain: plain, traced: &traced) {
                    return found
                }
            }
        }
        // A flat symbol in strong perspective: the homography the timing lines show.
        if let traced, let projected = QRPerspective.rectified(image, corners: corners, surface: traced, inverted: inverted) {
            if let found = attempt(projected, .crop) { return found }
            let projectedRadius = max(8, Int(4 * traced.module / projected.scale))
            if let found = attempt(projected.with(projected.image.locallyThresholded(radius: projectedRadius)), .crop) { return found }
        }
        guard let (segments, module) = QRWarpDecoder.read(image, corners: corners, inverted: inverted) else { return nil }
        return ownRead(segments, module: module)
    }

    /// The mesh variants of `meshed` for one size (nil: the size both timing lines count);
    /// `plain`: the lines as their runs count them; `traced` is set to the first surface traced.
    private mutating func meshVariants(around corners: [FinderPattern], inverted: Bool, size fixed: Int?,
                                       plain: (top: QRMeshSampler.Line?, left: QRMeshSampler.Line?),
                                       traced: inout QRMeshSampler.Surface?) -> QRScanResult? {
        let radius = Int((3 * QRMeshSampler.module).rounded())
        // The grid of all alignment patterns only after the bottom-right one alone, and only
        // from version 7 (n 45), which has more than one.
        let variants = [(false, true, false), (false, true, true), (false, false, false),
                        (true, true, false), (true, true, true), (true, false, false)]
        // Traced once: every variant starts from the same two lines.
        guard let lines = QRMeshSampler.timingLines(image, corners: corners, inverted: inverted, size: fixed, traced: plain)
        else { return nil }
        for (follow, correct, grid) in variants {
            if grid, lines.top.n < 45 { continue }
            guard let surface = QRMeshSampler.surface(image, corners: corners, inverted: inverted, correct: correct,
                                                      follow: follow, grid: grid, lines: lines) else { break }
            if traced == nil { traced = surface }
            if let mesh = QRMeshSampler.rectified(image, surface: surface, inverted: inverted) {
                if let found = attempt(mesh, .crop) { return found }
                if let found = attempt(mesh.with(mesh.image.locallyThresholded(radius: radius)), .crop) { return found }
            }
            // zbar misses some meshes whose module centres are right (the resampled symbol is
            // uneven between them): the grid read by the project's own decoder.
            if let levels = QRGridSampler.meanLevels(image, n: surface.n, inverted: inverted, point: surface.point),
               let segments = QRSegmentReader.decode(levels: levels, n: surface.n) {
                return ownRead(segments, module: surface.module)
            }
        }
        return nil
    }

    /// A code read by the project's own decoder, with its bytes as zbar's binary mode would give them.
    private func ownRead(_ segments: [QRSegment], module: Double) -> QRScanResult {
        let bytes = QRSegmentReader.zbarBytes(segments) ?? segments.flatMap { $0.bytes }
        return QRScanResult(codes: [QRCode(bytes: bytes, segments: segments, moduleSize: module)], pass: .warp)
    }

    private mutating func attempt(_ view: QRView, _ pass: QRScanPass) -> QRScanResult? {
        guard view.pixelCount > 0, view.pixelCount <= remaining else { return nil }
        remaining -= view.pixelCount
        return QRScanner.attempt(view, pass: pass)
    }

    /// Threshold window radius for a whole image: about 1/16 of its shorter side.
    static func radius(for image: GrayImage) -> Int {
        min(64, max(8, min(image.width, image.height) / 16))
    }
}

extension QRView {
    /// A finder pattern found in this view, in page coordinates.
    func toPage(_ pattern: FinderPattern) -> FinderPattern {
        FinderPattern(x: originX + pattern.x * scale, y: originY + pattern.y * scale,
                      moduleSize: pattern.moduleSize * scale, confirmations: pattern.confirmations)
    }
}
