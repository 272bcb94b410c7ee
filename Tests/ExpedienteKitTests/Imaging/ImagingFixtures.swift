@testable import ExpedienteKit

/// Deterministic pixel and byte generators for the Imaging tests.
enum ImagingFixtures {
    /// Diagonal gradient with a fine texture, so the entropy-coded data is not trivial.
    static func grayGradient(width: Int, height: Int) -> GrayImage {
        var pixels = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let base = (x * 255 / max(1, width - 1) + y * 255 / max(1, height - 1)) / 2
                pixels[y * width + x] = UInt8(clamping: base + ((x ^ y) & 7))
            }
        }
        return GrayImage(width: width, height: height, pixels: pixels)
    }

    static func rgbPattern(width: Int, height: Int) -> RasterImage {
        var pixels: [UInt8] = []
        pixels.reserveCapacity(width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                pixels += [UInt8(x * 255 / max(1, width - 1)), UInt8(y * 255 / max(1, height - 1)), UInt8((x * y) & 0xFF)]
            }
        }
        return RasterImage(width: width, height: height, components: 3, pixels: pixels)
    }

    static func jpeg(width: Int = 320, height: Int = 240, quality: Int = 90, progressive: Bool = false,
                     density: PixelDensity? = PixelDensity(unit: .perInch, x: 300, y: 300)) throws -> [UInt8] {
        try JPEGCodec.encode(RasterImage(grayGradient(width: width, height: height)), quality: quality,
                             density: density, progressive: progressive)
    }

    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var generator = ImagingRandom(state: seed)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    }

    /// Offset of the first SOFn marker (FF C0...CF except DHT/JPG/DAC) in a well-formed file.
    static func sofOffset(_ bytes: [UInt8]) -> Int? {
        var i = 2
        while i + 3 < bytes.count {
            guard bytes[i] == 0xFF else { return nil }
            let marker = bytes[i + 1]
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) { return i }
            i += 2 + (Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]))
        }
        return nil
    }

    static func meanAbsoluteDifference(_ a: [UInt8], _ b: [UInt8]) -> Double {
        precondition(a.count == b.count && !a.isEmpty)
        return Double(zip(a, b).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }) / Double(a.count)
    }

    /// Copies `image` onto `page` with its top-left corner at (x, y).
    static func paste(_ image: GrayImage, onto page: inout GrayImage, x: Int, y: Int) {
        for row in 0..<image.height {
            let dst = (y + row) * page.width + x
            page.pixels.replaceSubrange(dst..<(dst + image.width),
                                        with: image.pixels[(row * image.width)..<((row + 1) * image.width)])
        }
    }
}

struct ImagingRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
