/// Safety limits and choices that apply to every document of a run.
public struct CheckOptions: Sendable, Equatable {
    public var decodeLimits: DecodeLimits
    /// No file is read past this many bytes (a scan is 400 KB; 64 MiB is generous).
    public var maxReadBytes: Int
    /// DCT scale denominator of the decode of documents whose checks need no detail
    /// (1, 2, 4 or 8): libjpeg reads every entropy-coded bit at any scale, so 1/8 finds the
    /// same truncation and corruption as a full decode at a fraction of the IDCT work.
    public var integrityScale: Int

    public init(decodeLimits: DecodeLimits = .default, maxReadBytes: Int = 64 << 20, integrityScale: Int = 8) {
        self.decodeLimits = decodeLimits
        self.maxReadBytes = maxReadBytes
        self.integrityScale = integrityScale
    }

    public static let `default` = CheckOptions()
}
