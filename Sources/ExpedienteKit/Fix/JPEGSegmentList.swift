/// The marker segments of a JPEG before its first scan, and where the image data starts and
/// ends: what a lossless header rewrite copies, drops or replaces.
struct JPEGSegmentList {
    struct Segment {
        var marker: UInt8
        /// The whole segment, from its FF marker through its payload.
        var range: Range<Int>
        /// The payload (after the two length bytes); empty for standalone markers.
        var payload: Range<Int>
    }

    var segments: [Segment] = []
    /// From the first SOS marker to just after EOI.
    var imageData: Range<Int>

    /// Nil when the structure is broken before the first scan or no EOI ends the data.
    init?(_ bytes: [UInt8], endOfImage: Int?) {
        guard let endOfImage, bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var i = 2
        while i + 1 < bytes.count {
            guard bytes[i] == 0xFF else { return nil }
            var m = i + 1
            while m < bytes.count, bytes[m] == 0xFF { m += 1 }
            guard m < bytes.count else { return nil }
            let marker = bytes[m]
            if marker == 0xDA {
                guard i < endOfImage else { return nil }
                imageData = i..<endOfImage
                return
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {
                segments.append(Segment(marker: marker, range: i..<(m + 1), payload: (m + 1)..<(m + 1)))
                i = m + 1
                continue
            }
            guard marker != 0xD8, marker != 0xD9, m + 2 < bytes.count else { return nil }
            let length = Int(bytes[m + 1]) << 8 | Int(bytes[m + 2])
            guard length >= 2, m + 1 + length <= bytes.count else { return nil }
            segments.append(Segment(marker: marker, range: i..<(m + 1 + length), payload: (m + 3)..<(m + 1 + length)))
            i = m + 1 + length
        }
        return nil
    }

    /// APPn and COM segments: metadata, as opposed to the tables and frame the image needs.
    static func isMetadata(_ marker: UInt8) -> Bool { (0xE0...0xEF).contains(marker) || marker == 0xFE }

    /// Metadata a rewritten file keeps: the Adobe marker (it names the colour transform) and an
    /// ICC profile (APP2 "ICC_PROFILE"), which say how to read the pixels. JFIF is written anew.
    static func isKept(_ segment: Segment, in bytes: [UInt8]) -> Bool {
        let payload = bytes[segment.payload]
        switch segment.marker {
        case 0xEE: return payload.starts(with: Array("Adobe".utf8))
        case 0xE2: return payload.starts(with: Array("ICC_PROFILE".utf8) + [0])
        default: return !isMetadata(segment.marker)
        }
    }
}
