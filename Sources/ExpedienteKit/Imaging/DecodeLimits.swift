/// Resource limits applied when decoding untrusted JPEGs.
public struct DecodeLimits: Sendable, Equatable {
    /// Maximum width × height of the source image (checked before any allocation).
    public var maxPixels: Int
    /// Maximum number of scans; guards against the progressive-scan CPU DoS.
    public var maxScans: Int
    /// Passed to libjpeg as `max_memory_to_use` (bytes).
    public var maxMemory: Int

    public init(maxPixels: Int = 100_000_000, maxScans: Int = 1000, maxMemory: Int = 512 * 1024 * 1024) {
        self.maxPixels = maxPixels
        self.maxScans = maxScans
        self.maxMemory = maxMemory
    }

    public static let `default` = DecodeLimits()

    /// Whether a decode of an image with this header would pass the pixel limit.
    public func permits(_ header: JPEGHeader) -> Bool { header.pixelCount <= maxPixels }
}
