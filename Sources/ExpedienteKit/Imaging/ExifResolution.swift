/// Reads (and, for tests and samples, writes) the resolution tags of an Exif TIFF structure.
public enum ExifResolution {
    /// Density from IFD0 XResolution/YResolution/ResolutionUnit. Accepts the TIFF data with or
    /// without the "Exif\0\0" prefix. Nil when the structure is invalid or the tags are missing.
    public static func density(in exif: [UInt8]) -> PixelDensity? {
        let tiff = exif.starts(with: JPEGLayout.exifPrefix) ? Array(exif.dropFirst(6)) : exif
        guard let (reader, ifd, count) = TIFFReader.firstDirectory(tiff) else { return nil }

        var x: Double?, y: Double?, unitCode = 2 // TIFF default: inch
        for index in 0..<count {
            let entry = ifd + 2 + index * 12
            guard let tag = reader.u16(entry), let type = reader.u16(entry + 2) else { break }
            switch (tag, type) {
            case (0x011A, 5): x = reader.rational(at: entry + 8)
            case (0x011B, 5): y = reader.rational(at: entry + 8)
            case (0x0128, 3): unitCode = reader.u16(entry + 8).map(Int.init) ?? unitCode
            default: break
            }
        }
        guard let x, let y else { return nil }
        let unit: DensityUnit
        switch unitCode {
        case 2: unit = .perInch
        case 3: unit = .perCentimetre
        default: unit = .none
        }
        return PixelDensity(unit: unit, x: x, y: y)
    }

    /// A complete APP1 payload ("Exif\0\0" + TIFF with IFD0 holding the three resolution tags).
    /// `unit`: 1 none, 2 inch, 3 cm.
    public static func makeExifPayload(xDPI: UInt32, yDPI: UInt32, unit: UInt16, bigEndian: Bool) -> [UInt8] {
        func u16(_ v: UInt16) -> [UInt8] {
            bigEndian ? [UInt8(v >> 8), UInt8(v & 0xFF)] : [UInt8(v & 0xFF), UInt8(v >> 8)]
        }
        func u32(_ v: UInt32) -> [UInt8] {
            let be = [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)]
            return bigEndian ? be : be.reversed()
        }
        let entryCount: UInt16 = 3
        let ifdOffset: UInt32 = 8
        let dataOffset = ifdOffset + 2 + UInt32(entryCount) * 12 + 4 // after next-IFD pointer
        var tiff: [UInt8] = bigEndian ? [0x4D, 0x4D] : [0x49, 0x49]
        tiff += u16(42) + u32(ifdOffset) + u16(entryCount)
        tiff += u16(0x011A) + u16(5) + u32(1) + u32(dataOffset)
        tiff += u16(0x011B) + u16(5) + u32(1) + u32(dataOffset + 8)
        tiff += u16(0x0128) + u16(3) + u32(1) + u16(unit) + [0, 0]
        tiff += u32(0) // no IFD1
        tiff += u32(xDPI) + u32(1) + u32(yDPI) + u32(1)
        return JPEGLayout.exifPrefix + tiff
    }
}

struct TIFFReader {
    let bytes: [UInt8]
    let bigEndian: Bool

    /// The reader for `tiff`'s byte order, IFD0's offset and its entry count; nil when the
    /// header is not TIFF's.
    static func firstDirectory(_ tiff: [UInt8]) -> (reader: TIFFReader, ifd: Int, count: Int)? {
        guard tiff.count >= 8 else { return nil }
        let reader: TIFFReader
        switch (tiff[0], tiff[1]) {
        case (0x49, 0x49): reader = TIFFReader(bytes: tiff, bigEndian: false)
        case (0x4D, 0x4D): reader = TIFFReader(bytes: tiff, bigEndian: true)
        default: return nil
        }
        guard reader.u16(2) == 42, let ifd = reader.u32(4).map(Int.init), let count = reader.u16(ifd) else { return nil }
        return (reader, ifd, Int(count))
    }

    func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        let a = UInt16(bytes[offset]), b = UInt16(bytes[offset + 1])
        return bigEndian ? a << 8 | b : b << 8 | a
    }

    func u32(_ offset: Int) -> UInt32? {
        guard let first = u16(offset), let second = u16(offset + 2) else { return nil }
        return bigEndian ? UInt32(first) << 16 | UInt32(second) : UInt32(second) << 16 | UInt32(first)
    }

    /// RATIONAL values never fit the 4-byte entry field, so `field` holds an offset.
    func rational(at field: Int) -> Double? {
        guard let offset = u32(field), let num = u32(Int(offset)), let den = u32(Int(offset) + 4), den != 0 else { return nil }
        return Double(num) / Double(den)
    }
}
