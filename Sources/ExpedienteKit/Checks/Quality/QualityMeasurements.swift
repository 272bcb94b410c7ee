import Foundation

extension DocumentContext {
    /// The page's quality metrics with the thresholds of its kind, when both exist.
    var measuredQuality: (page: PageQuality, limits: QualityThresholds)? {
        guard let page = pageQuality, let limits = quality else { return nil }
        return (page, limits)
    }

    /// A blank page has no text to be blurred, faint or turned: only `quality.blank` speaks of it.
    /// Noise beyond the limit hides strokes as well as it fakes them, so such a page is judged
    /// noisy, not blank.
    var isBlankPage: Bool {
        guard let (page, limits) = measuredQuality, let maximum = limits.blankMaxInk else { return false }
        if let noise = limits.maxNoise, page.noise > noise { return false }
        return page.inkCoverage < maximum
    }
}

/// Numbers in quality messages: two decimals for ratios, whole levels for 0-255 values.
enum QualityFormat {
    static func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
    static func level(_ value: Double) -> String { String(Int(value.rounded())) }
    static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        return value < 1 ? String(format: "%.2f %%", value) : String(format: "%.0f %%", value)
    }
}
