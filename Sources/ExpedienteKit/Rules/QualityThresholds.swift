/// Thresholds of the `quality` stage, set once for the convocatoria (`quality:` in
/// `convocatoria.yaml`) and overridable per document kind. Every metric is measured on a
/// reduced decode of about 75 ppp (see `PageQuality`); the values were calibrated on the set
/// `expediente-samples --quality-set` writes (README, «Calidad de imagen»).
public struct QualityThresholds: Codable, Sendable, Equatable {
    /// A page whose inked area (share of 2.7-mm tiles with ink) is below this is blank.
    public var blankMaxInk: Double?
    /// Below this edge sharpness the text is blurred.
    public var minSharpness: Double?
    /// Below this difference between paper and ink (0-255 levels) the page is washed out.
    public var minContrast: Double?
    /// Paper darker than this (0-255) makes the page too dark.
    public var minBackground: Double?
    /// Above this noise (standard deviation in levels at 75 ppp) the page is grainy.
    public var maxNoise: Double?
    /// Below this share of the image the document is small in a large background.
    public var minDocumentFraction: Double?
    /// Look for a page turned 90 or 180 degrees (text documents; off for ID cards).
    public var orientation: Bool?
    /// Text-line structure across columns over across rows at or above which the page is
    /// turned 90 degrees.
    public var quarterTurnRatio: Double?
    /// Ink in the bottom third over the top third at or above which the page is upside down.
    public var upsideDownRatio: Double?
    public var source: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case blankMaxInk = "blank_max_ink"
        case minSharpness = "min_sharpness"
        case minContrast = "min_contrast"
        case minBackground = "min_background"
        case maxNoise = "max_noise"
        case minDocumentFraction = "min_document_fraction"
        case quarterTurnRatio = "quarter_turn_ratio"
        case upsideDownRatio = "upside_down_ratio"
        case orientation, source
    }

    public init(blankMaxInk: Double? = nil, minSharpness: Double? = nil, minContrast: Double? = nil,
                minBackground: Double? = nil, maxNoise: Double? = nil, minDocumentFraction: Double? = nil,
                orientation: Bool? = nil, quarterTurnRatio: Double? = nil, upsideDownRatio: Double? = nil,
                source: String? = nil) {
        self.blankMaxInk = blankMaxInk
        self.minSharpness = minSharpness
        self.minContrast = minContrast
        self.minBackground = minBackground
        self.maxNoise = maxNoise
        self.minDocumentFraction = minDocumentFraction
        self.orientation = orientation
        self.quarterTurnRatio = quarterTurnRatio
        self.upsideDownRatio = upsideDownRatio
        self.source = source
    }

    public func merged(with override: QualityThresholds?) -> QualityThresholds {
        overlay(override, on: self, \.blankMaxInk, \.minSharpness, \.minContrast, \.minBackground, \.maxNoise,
                \.minDocumentFraction, \.orientation, \.quarterTurnRatio, \.upsideDownRatio, \.source)
    }
}

extension QualityThresholds: ValidatedDecodable {
    func validate() throws(InvalidField) {
        func check(_ value: Double?, _ key: CodingKeys, _ rule: String, invalid: (Double) -> Bool) throws(InvalidField) {
            if let value, invalid(value) { throw InvalidField(key, "\(key.stringValue) \(rule)") }
        }
        let fraction = "debe estar entre 0 y 1", level = "debe estar entre 0 y 255", ratio = "debe ser mayor que 1"
        try check(blankMaxInk, .blankMaxInk, fraction) { !(0...1).contains($0) }
        try check(minSharpness, .minSharpness, "no puede ser negativo") { $0 < 0 }
        try check(minContrast, .minContrast, level) { !(0...255).contains($0) }
        try check(minBackground, .minBackground, level) { !(0...255).contains($0) }
        try check(maxNoise, .maxNoise, level) { !(0...255).contains($0) }
        try check(minDocumentFraction, .minDocumentFraction, fraction) { !(0...1).contains($0) }
        try check(quarterTurnRatio, .quarterTurnRatio, ratio) { $0 <= 1 }
        try check(upsideDownRatio, .upsideDownRatio, ratio) { $0 <= 1 }
    }
}
