/// The Exif Orientation tag (0x0112 in IFD0) and the pixel transform it asks for.
public enum ExifOrientation {
    /// 1-8, or nil when the Exif data holds no valid orientation.
    static func value(in exif: [UInt8]) -> Int? {
        guard let (reader, ifd, count) = TIFFReader.firstDirectory(exif) else { return nil }
        for index in 0..<min(count, 512) {
            let entry = ifd + 2 + index * 12
            guard let tag = reader.u16(entry), let type = reader.u16(entry + 2) else { return nil }
            if tag == 0x0112, type == 3, let value = reader.u16(entry + 8), (1...8).contains(value) { return Int(value) }
        }
        return nil
    }

    /// The upright image: `orientation` says how the stored pixels must be turned or mirrored.
    public static func apply(_ orientation: Int, to image: RasterImage) -> RasterImage {
        guard (2...8).contains(orientation) else { return image }
        let (w, h, c) = (image.width, image.height, image.components)
        let swaps = orientation >= 5
        let (ow, oh) = swaps ? (h, w) : (w, h)
        var out = [UInt8](repeating: 0, count: image.pixels.count)
        image.pixels.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for y in 0..<oh {
                    for x in 0..<ow {
                        let (sx, sy): (Int, Int)
                        switch orientation {
                        case 2: (sx, sy) = (w - 1 - x, y)
                        case 3: (sx, sy) = (w - 1 - x, h - 1 - y)
                        case 4: (sx, sy) = (x, h - 1 - y)
                        case 5: (sx, sy) = (y, x)
                        case 6: (sx, sy) = (y, h - 1 - x)
                        case 7: (sx, sy) = (w - 1 - y, h - 1 - x)
                        default: (sx, sy) = (w - 1 - y, x)
                        }
                        let s = (sy * w + sx) * c, d = (y * ow + x) * c
                        for k in 0..<c { dst[d + k] = src[s + k] }
                    }
                }
            }
        }
        return RasterImage(width: ow, height: oh, components: c, pixels: out)
    }

    /// The orientation whose transform undoes `orientation`'s (the way to store an upright page
    /// so that the tag shows it upright): a quarter turn one way is undone by one the other way.
    public static func inverse(_ orientation: Int) -> Int {
        switch orientation {
        case 6: 8
        case 8: 6
        default: orientation
        }
    }

    /// An APP1 payload ("Exif\0\0" + big-endian TIFF) holding only the orientation: for tests.
    public static func makeExifPayload(orientation: UInt16) -> [UInt8] {
        var tiff: [UInt8] = [0x4D, 0x4D, 0, 42, 0, 0, 0, 8, 0, 1]
        tiff += [0x01, 0x12, 0, 3, 0, 0, 0, 1, UInt8(orientation >> 8), UInt8(orientation & 0xFF), 0, 0]
        tiff += [0, 0, 0, 0]
        return JPEGLayout.exifPrefix + tiff
    }
}

extension GrayImage {
    /// The image as its Exif orientation shows it.
    func turned(exifOrientation orientation: Int) -> GrayImage {
        let upright = ExifOrientation.apply(orientation, to: RasterImage(width: width, height: height, components: 1, pixels: pixels))
        return GrayImage(width: upright.width, height: upright.height, pixels: upright.pixels)
    }
}
