/// The lossless repair: the same entropy-coded data behind a new header. SOI, a JFIF APP0 with
/// the requested density, the tables and frame as they were (plus the Adobe and ICC markers),
/// the scans through EOI; every other APPn and COM, Exif included, and anything after EOI dropped.
enum JFIFRewrite {
    static func rewrite(_ bytes: [UInt8], segments: JPEGSegmentList, dpi: Int) -> (bytes: [UInt8], droppedMetadata: Int) {
        var out: [UInt8] = [0xFF, 0xD8]
        out.reserveCapacity(segments.imageData.upperBound + 20)
        out += jfifSegment(dpi: dpi)
        var dropped = 0
        for segment in segments.segments {
            if JPEGSegmentList.isKept(segment, in: bytes) {
                out += bytes[segment.range]
            } else if segment.marker != 0xE0 || !bytes[segment.payload].starts(with: Array("JFIF".utf8) + [0]) {
                dropped += segment.range.count
            }
        }
        out += bytes[segments.imageData]
        return (out, dropped)
    }

    /// APP0 "JFIF\0", version 1.02, unit 1 (dots per inch), X = Y = `dpi`, no thumbnail.
    static func jfifSegment(dpi: Int) -> [UInt8] {
        let d = UInt16(clamping: dpi)
        return [0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x02, 0x01,
                UInt8(d >> 8), UInt8(d & 0xFF), UInt8(d >> 8), UInt8(d & 0xFF), 0x00, 0x00]
    }
}
