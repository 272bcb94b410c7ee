/// How the pages of a synthetic tree look.
public enum SyntheticStyle: String, Sendable, Equatable {
    /// Clean pages of about 160 KB (the committed samples' look): quick to generate.
    case plain
    /// Like real 300-ppp scans: paper grain and scanner noise (so 300-400 KB, where entropy
    /// decoding dominates), some colour scans, and the título and cédula often printed
    /// without a QR.
    case realistic
}

/// The realistic variation of one page (`SyntheticStyle.realistic`) and the encoding that
/// keeps it under the 400 000-byte limit, as a scanner set to "300 ppp, under 400 KB" would.
enum SyntheticRealism {
    /// The byte budget a page is fitted into, and the size under which a page is encoded again
    /// at a higher quality.
    static let budget = 400_000
    static let comfortable = 320_000
    static let qualities = Array(stride(from: 90, through: 45, by: -5))
    static let firstQuality = 75

    /// Draws the page's grain, colour, sheet and QR: an ENARM constancia always has its QR; a TITULO1
    /// is more often printed without one than with one, a CEDULA often (card or printed form).
    static func vary(_ options: inout PageOptions, using rng: inout SplitMix64) {
        options.grain = rng.int(in: 3...6)
        // An identification is scanned on a whole sheet, as the flatbed gives it.
        if options.kind.naturalPaper == .idCard { options.paper = .letter }
        if options.color == nil, options.kind.naturalPaper != .idCard, rng.int(in: 0...3) == 0 {
            options.color = true
        }
        switch options.kind {
        case .titulo1 where rng.int(in: 0...9) < 6: options.qr = .none
        case .cedula where rng.int(in: 0...9) < 4: options.qr = .none
        default: break
        }
    }

    /// The page rendered once and encoded at the highest quality of `qualities` that fits the
    /// budget, starting from `firstQuality` and going up only while the page is under
    /// `comfortable` (the lowest quality when none fits).
    static func fittedJPEG(_ options: PageOptions) throws -> [UInt8] {
        let raster = try SamplePages.raster(options)
        func encode(_ index: Int) throws -> [UInt8] {
            try SamplePages.encode(raster, dpi: options.dpi, quality: qualities[index], density: options.density,
                                   progressive: options.progressive, arithmetic: options.arithmetic, cmyk: options.cmyk)
        }
        var index = qualities.firstIndex(of: firstQuality)!
        var bytes = try encode(index)
        while bytes.count > budget, index + 1 < qualities.count {
            index += 1
            bytes = try encode(index)
        }
        while bytes.count < comfortable, index > 0 {
            let better = try encode(index - 1)
            guard better.count <= budget else { break }
            index -= 1
            bytes = better
        }
        return bytes
    }
}
