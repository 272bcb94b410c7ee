/// The engine's tuning, in one place (docs/fix-engine.md explains each value).
enum PageRepairPolicy {
    /// A block whose neutralised channels differ by more than this is coloured.
    static let colorfulChroma = 24.0
    /// A page with less than this share of coloured blocks is grey (when the kind allows it):
    /// 0.2 % of a Letter page is a square of about 0.4 inch; a seal, a logo or a photo is more.
    static let grayMaxColorfulShare = 0.002
    /// Qualities the search may use. Above 92 a scan only grows; below 20 text blocks smear.
    static let qualities = 20...92
    /// A paper darker than this (0-255) is not lifted: it may be a photo or a dark card.
    static let minLiftablePaper = 120.0
    /// Side of the tiles over which the paper level is estimated, in inches.
    static let paperTileInches = 0.5
}
