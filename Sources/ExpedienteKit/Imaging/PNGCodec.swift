import CExpedientePNG

/// A decoded PNG: 8-bit gray or RGB pixels (alpha composited over white) and its pHYs density.
public struct PNGImage: Sendable {
    public var raster: RasterImage
    /// From pHYs in pixels per metre, as dots per inch; nil without pHYs or with an aspect-only unit.
    public var dpi: Double?
}

/// Swift face of the C wrapper in `CExpedientePNG`; every libpng call happens there.
public enum PNGCodec {
    public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Decodes any PNG; the pixel limit is checked on IHDR before a pixel buffer exists, and
    /// the decoded rows may not exceed `limits.maxMemory`.
    public static func decode(_ bytes: [UInt8], limits: DecodeLimits = .default) throws(PNGError) -> PNGImage {
        var image = exp_png_image()
        var cLimits = exp_png_limits(max_pixels: UInt64(max(1, limits.maxPixels)), max_memory: UInt64(max(1, limits.maxMemory)))
        let (status, message) = bytes.withUnsafeBufferPointer { buffer in
            withMessageBuffer { exp_png_decode(buffer.baseAddress, buffer.count, &cLimits, &image, $0) }
        }
        defer { exp_png_free(image.pixels) }
        try PNGError.check(status, message: message)
        let (width, height, components) = (Int(image.width), Int(image.height), Int(image.components))
        guard let pixels = image.pixels else { throw .outOfMemory }
        let raster = RasterImage(width: width, height: height, components: components,
                                 pixels: [UInt8](UnsafeBufferPointer(start: pixels, count: width * height * components)))
        let dpi: Double? = image.has_phys != 0 && image.phys_unit == 1 && image.x_ppu > 0
            ? Double(min(image.x_ppu, image.y_ppu)) * 0.0254 : nil
        return PNGImage(raster: raster, dpi: dpi)
    }

    /// Encodes gray or RGB pixels (zlib level 6) with a pHYs of `dpi` when given: for tests and samples.
    public static func encode(_ image: RasterImage, dpi: Int? = nil) throws(PNGError) -> [UInt8] {
        guard image.width > 0, image.height > 0, image.components == 1 || image.components == 3,
              image.pixels.count == image.width * image.height * image.components
        else { throw .invalidArgument("Raster \(image.width)x\(image.height)x\(image.components) with \(image.pixels.count) bytes") }
        var output: UnsafeMutablePointer<UInt8>?
        var outputSize = 0
        let ppm = UInt32(((Double(dpi ?? 0)) / 0.0254).rounded())
        let (status, message) = image.pixels.withUnsafeBufferPointer { pixels in
            withMessageBuffer {
                exp_png_encode(pixels.baseAddress, UInt32(image.width), UInt32(image.height), Int32(image.components),
                               ppm, &output, &outputSize, $0)
            }
        }
        defer { exp_png_free(output) }
        try PNGError.check(status, message: message)
        guard let output else { throw .outOfMemory }
        return [UInt8](UnsafeBufferPointer(start: output, count: outputSize))
    }

    private static func withMessageBuffer(_ body: (UnsafeMutablePointer<CChar>) -> exp_png_status) -> (exp_png_status, String) {
        var buffer = [CChar](repeating: 0, count: Int(EXP_PNG_MESSAGE_LENGTH) + 1)
        let status = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        return (status, String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}
