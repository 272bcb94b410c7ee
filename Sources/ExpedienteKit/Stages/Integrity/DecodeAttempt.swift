/// What the `integrity` stage hands on: the one decode of the document, at the smallest scale
/// its later checks need; nil when the read limit cut the image (decoding a prefix would
/// report a truncation that is not there).
@dynamicMemberLookup
public struct DecodeAttempt: Sendable {
    public let page: HeaderRead
    public let decoded: Result<DecodedImage, JPEGError>?

    public subscript<T>(dynamicMember path: KeyPath<HeaderRead, T>) -> T { page[keyPath: path] }

    public var decodedImage: DecodedImage? { try? decoded?.get() }
}

enum IntegrityStage {
    static func run(_ page: HeaderRead) -> DecodeAttempt {
        guard !page.imageCutByReadLimit else { return DecodeAttempt(page: page, decoded: nil) }
        let scale = decodeScale(page)
        let decoded = Result { () throws(JPEGError) in
            try JPEGCodec.decodeGray(page.bytes, scaleDenominator: scale, limits: page.options.decodeLimits)
        }
        return DecodeAttempt(page: page, decoded: decoded)
    }

    /// DCT scale denominator of the decode: half size where a QR is looked for (the `qr` stage
    /// reads it around its finder patterns at that size, and decodes again at full size only
    /// when that reads nothing; where the QR is optional, only when some finder pattern shows),
    /// unless the page is of too low a resolution to be reduced; else the quality analysis
    /// scale (about 75 ppp) when quality is measured, or the integrity scale (the entropy decode
    /// is complete at any scale).
    static func decodeScale(_ page: HeaderRead) -> Int {
        if page.qrRule != nil {
            // Low-resolution pages (no reduction for quality either) are decoded whole at once.
            return min(QRScreen.scale, PageQuality.reductionFactor(dpi: page.resolution.map(\.dpi)))
        }
        guard page.quality != nil else { return page.options.integrityScale }
        return min(page.options.integrityScale, PageQuality.reductionFactor(dpi: page.resolution.map(\.dpi)))
    }
}
