/// Resource limits applied when decoding untrusted JPEGs.
public struct DecodeLimits: Sendable, Equatable {
    /// Maximum width × height of the source image (checked before any allocation).
    public var maxPixels: Int
    /// Maximum number of scans; guards against the progressive-scan CPU DoS.
    public var maxScans: Int
    /// Passed to libjpeg as `max_memory_to_use` (bytes).
    public var maxMemory: Int
    /// Maximum scans × pixels a progressive decode may go through: the work budget that keeps
    /// many scans over a large image bounded when each limit alone is met (20 passes over 100 MP).
    public var maxScanPixels: Int

    public init(maxPixels: Int = 100_000_000, maxScans: Int = 1000, maxMemory: Int = 512 * 1024 * 1024,
                maxScanPixels: Int = 2_000_000_000) {
        self.maxPixels = maxPixels
        self.maxScans = maxScans
        self.maxMemory = maxMemory
        self.maxScanPixels = maxScanPixels
    }

    public static let `default` = DecodeLimits()

    /// Whether a decode of an image with this header would pass the pixel limit.
    public func permits(_ header: JPEGHeader) -> Bool { header.pixelCount <= maxPixels }
}
