/// What the `quality` stage hands its checks: the page's metrics with the thresholds of its kind.
@dynamicMemberLookup
public struct PageMeasure: Sendable {
    public let decode: DecodeAttempt
    public let page: PageQuality
    public let thresholds: QualityThresholds

    public subscript<T>(dynamicMember path: KeyPath<DecodeAttempt, T>) -> T { decode[keyPath: path] }

    /// A blank page has no text to be blurred, faint or turned: only `quality.blank` speaks of it.
    /// Noise beyond the limit hides strokes as well as it fakes them, so such a page is judged
    /// noisy, not blank.
    var isBlankPage: Bool {
        guard let maximum = thresholds.blankMaxInk else { return false }
        if let noise = thresholds.maxNoise, page.noise > noise { return false }
        return page.inkCoverage < maximum
    }
}

enum QualityStage {
    /// Nil when the kind has no thresholds or the page cannot be measured.
    static func run(_ decode: DecodeAttempt) -> PageMeasure? {
        let reduction = PageQuality.reductionFactor(dpi: decode.resolution.map(\.dpi))
        // CMYK/YCCK pages decode to gray without their black channel: jpeg.color_space speaks for them.
        guard let thresholds = decode.quality, decode.header.colorSpace.isColorOrGray, let decoded = decode.decodedImage,
              !decoded.truncated, !decoded.corrupt, decoded.scale <= reduction else { return nil }
        var image = decoded.image, scale = decoded.scale
        // Measured as shown: a phone's sideways photo tagged with an Exif orientation is upright
        // on screen (jpeg.exif_orientation speaks of the tag).
        if let orientation = decode.exifOrientation, orientation != 1 { image = image.turned(exifOrientation: orientation) }
        while scale < reduction {
            image = image.downscaledByTwo()
            scale *= 2
        }
        let ppi = PageQuality.assumedDPI(decode.resolution.map(\.dpi)) / Double(scale)
        guard let page = PageQuality.measure(image, ppi: ppi) else { return nil }
        return PageMeasure(decode: decode, page: page, thresholds: thresholds)
    }
}
