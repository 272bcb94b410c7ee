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

    /// DCT scale denominator of the decode: full size where a QR is required (its modules must
    /// stay sharp); half size where a QR is optional (the `qr` stage screens it for finder
    /// patterns and decodes again at full size only when some show), unless the page is of too
    /// low a resolution to be reduced; else the quality analysis
    /// scale (about 75 ppp) when quality is measured, or the integrity scale (the entropy decode
    /// is complete at any scale).
    static func decodeScale(_ page: HeaderRead) -> Int {
        if let rule = page.qrRule {
            // Low-resolution pages (no reduction for quality either) are decoded whole at once.
            guard rule.presence != .required else { return 1 }
            return min(QRScreen.scale, PageQuality.reductionFactor(dpi: page.resolution.map(\.dpi)))
        }
        guard page.quality != nil else { return page.options.integrityScale }
        return min(page.options.integrityScale, PageQuality.reductionFactor(dpi: page.resolution.map(\.dpi)))
    }
}
