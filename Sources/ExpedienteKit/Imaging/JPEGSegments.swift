/// Start-of-frame information from the SOFn marker segment.
public struct JPEGFrame: Sendable, Equatable {
    /// The marker byte, 0xC0...0xCF (excluding DHT 0xC4, JPG 0xC8, DAC 0xCC).
    public var marker: UInt8
    public var precision: Int
    public var width: Int
    public var height: Int
    public var components: Int

    public init(marker: UInt8, precision: Int, width: Int, height: Int, components: Int) {
        self.marker = marker
        self.precision = precision
        self.width = width
        self.height = height
        self.components = components
    }

    public var isProgressive: Bool { [0xC2, 0xC6, 0xCA, 0xCE].contains(marker) }
    public var isArithmetic: Bool { marker >= 0xC9 }
    public var isLossless: Bool { [0xC3, 0xC7, 0xCB, 0xCF].contains(marker) }
    public var isHierarchical: Bool { [0xC5, 0xC6, 0xC7, 0xCD, 0xCE, 0xCF].contains(marker) }
    public var isBaseline: Bool { marker == 0xC0 }
}

/// Marker-level layout of a JPEG file, read without libjpeg.
public struct JPEGLayout: Sendable, Equatable {
    public var startsWithSOI = false
    /// Density from the first APP0 "JFIF\0" segment.
    public var jfifDensity: PixelDensity?
    /// Payload of the first APP1 "Exif\0\0" segment, without that 6-byte prefix (TIFF data).
    public var exif: [UInt8]?
    public var frame: JPEGFrame?
    /// Number of SOS segments (1 for baseline, several for progressive).
    public var scanCount = 0
    /// Offset just after the FFD9 that ends the entropy data of the last scan.
    public var endOfImageOffset: Int?
    /// Bytes after `endOfImageOffset`; 0 when no EOI was found.
    public var trailingByteCount = 0
    /// The trailing data starts with FF D8 FF, i.e. another JPEG was appended.
    public var trailingLooksLikeJPEG = false
    /// Parsing stopped at a segment whose length is impossible or runs past the end of the data.
    public var malformed = false

    public init() {}

    /// Walks the marker structure. Every step advances the cursor and every read is
    /// bounds-checked, so any input terminates in linear time without trapping.
    public static func parse(_ bytes: [UInt8]) -> JPEGLayout {
        var layout = JPEGLayout()
        let n = bytes.count
        guard n >= 2, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return layout }
        layout.startsWithSOI = true
        var i = 2
        while i < n {
            guard bytes[i] == 0xFF else { i += 1; continue } // stray byte between segments
            while i < n, bytes[i] == 0xFF { i += 1 } // fill bytes
            guard i < n else { break }
            let marker = bytes[i]
            i += 1
            switch marker {
            case 0xD9:
                layout.endOfImageOffset = i
                layout.trailingByteCount = n - i
                layout.trailingLooksLikeJPEG = n - i >= 3 && bytes[i] == 0xFF && bytes[i + 1] == 0xD8 && bytes[i + 2] == 0xFF
                return layout
            case 0x00, 0x01, 0xD0...0xD8:
                continue // standalone markers (or a stuffed zero out of place)
            default:
                break
            }
            guard i + 1 < n else { layout.malformed = true; break }
            let length = Int(bytes[i]) << 8 | Int(bytes[i + 1])
            guard length >= 2, i + length <= n else { layout.malformed = true; break }
            let payload = bytes[(i + 2)..<(i + length)]
            i += length
            switch marker {
            case 0xE0 where layout.jfifDensity == nil:
                layout.jfifDensity = jfifDensity(payload)
            case 0xE1 where layout.exif == nil && payload.starts(with: exifPrefix):
                layout.exif = Array(payload.dropFirst(exifPrefix.count))
            case 0xC0...0xCF where ![0xC4, 0xC8, 0xCC].contains(marker) && layout.frame == nil:
                layout.frame = frame(marker, payload)
            case 0xDA:
                layout.scanCount += 1
                i = endOfEntropyData(bytes, from: i)
            default:
                break
            }
        }
        return layout
    }

    static let exifPrefix: [UInt8] = Array("Exif".utf8) + [0, 0]

    /// Index of the 0xFF that starts the first real marker after entropy-coded data
    /// (FF00 stuffing, RSTn and fill bytes are part of the data).
    private static func endOfEntropyData(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            guard bytes[i] == 0xFF else { i += 1; continue }
            guard i + 1 < bytes.count else { return bytes.count }
            switch bytes[i + 1] {
            case 0x00, 0xD0...0xD7: i += 2
            case 0xFF: i += 1
            default: return i
            }
        }
        return i
    }

    private static func jfifDensity(_ p: ArraySlice<UInt8>) -> PixelDensity? {
        let b = Array(p)
        guard b.count >= 12, b.starts(with: Array("JFIF".utf8) + [0]) else { return nil }
        return PixelDensity(jfifUnit: Int(b[7]), x: Int(b[8]) << 8 | Int(b[9]), y: Int(b[10]) << 8 | Int(b[11]))
    }

    private static func frame(_ marker: UInt8, _ p: ArraySlice<UInt8>) -> JPEGFrame? {
        let b = Array(p)
        guard b.count >= 6 else { return nil }
        return JPEGFrame(marker: marker, precision: Int(b[0]), width: Int(b[3]) << 8 | Int(b[4]),
                         height: Int(b[1]) << 8 | Int(b[2]), components: Int(b[5]))
    }
}
