import ExpedienteKit

/// Real files of other formats, built byte by byte, for samples misnamed `.JPG`.
/// Each is minimal but valid, so libmagic (and any reader of the format) recognises it.
public enum ForeignFormats {
    public static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    public static let pdfSignature: [UInt8] = Array("%PDF-".utf8)
    public static let gifSignature: [UInt8] = Array("GIF89a".utf8)
    public static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    // MARK: PNG

    /// 8-bit grayscale PNG: IHDR, one IDAT holding a zlib stream of stored (uncompressed)
    /// deflate blocks with its Adler-32, IEND; every chunk with its CRC-32.
    public static func png(_ image: GrayImage) -> [UInt8] {
        var ihdr = be32(UInt32(image.width)) + be32(UInt32(image.height))
        ihdr += [8, 0, 0, 0, 0] // depth 8, colour type 0 (gray), deflate, filter 0, no interlace
        var raw: [UInt8] = []
        raw.reserveCapacity((image.width + 1) * image.height)
        for row in 0..<image.height {
            raw.append(0) // filter type None
            raw += image.pixels[(row * image.width)..<((row + 1) * image.width)]
        }
        return pngSignature + chunk("IHDR", ihdr) + chunk("IDAT", zlibStored(raw)) + chunk("IEND", [])
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeAndData = Array(type.utf8) + data
        return be32(UInt32(data.count)) + typeAndData + be32(crc32(typeAndData))
    }

    /// zlib stream (RFC 1950) with stored deflate blocks (RFC 1951 §3.2.4).
    public static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01] // deflate, 32 KB window, no dictionary; 0x7801 % 31 == 0
        var offset = 0
        repeat {
            let length = min(65_535, data.count - offset)
            let isFinal = offset + length == data.count
            out.append(isFinal ? 1 : 0) // BFINAL, BTYPE 00
            out += le16(UInt16(length)) + le16(~UInt16(length))
            out += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        return out + be32(adler32(data))
    }

    // MARK: PDF

    /// A one-page PDF 1.4 (Letter) with a line of Helvetica text and a correct xref table.
    public static func pdf(text: String) -> [UInt8] {
        let escaped = text.replacingAll(["\\": "\\\\", "(": "\\(", ")": "\\)"])
        let content = "BT /F1 24 Tf 72 700 Td (\(escaped)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        var out: [UInt8] = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xrefOffset = out.count
        var tail = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { tail += "\(zeroPadded(offset, 10)) 00000 n \n" }
        tail += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        return out + Array(tail.utf8)
    }

    // MARK: HEIC

    /// The start of an iPhone HEIC: an ISO-BMFF `ftyp` box (major brand `heic`, compatible
    /// `mif1`, `heic`) followed by a `meta` full box holding only its `hdlr` (handler `pict`).
    /// Enough for libmagic (`image/heic`); there is no image data.
    public static func heic() -> [UInt8] {
        let ftyp = box("ftyp", Array("heic".utf8) + be32(0) + Array("mif1heic".utf8))
        let hdlr = box("hdlr", [0, 0, 0, 0] + be32(0) + Array("pict".utf8) + [UInt8](repeating: 0, count: 12) + [0])
        let meta = box("meta", [0, 0, 0, 0] + hdlr)
        return ftyp + meta
    }

    private static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        be32(UInt32(8 + payload.count)) + Array(type.utf8) + payload
    }

    // MARK: GIF

    /// A 1 × 1 GIF89a (white pixel, two-colour global table).
    public static func gif() -> [UInt8] {
        gifSignature + [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
                        0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
                        0x02, 0x02, 0x44, 0x01, 0x00, 0x3B]
    }

    // MARK: Text and ZIP

    public static func plainText(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A small but complete ZIP archive with one stored file (local header, central directory, EOCD).
    public static func zip(fileName: String, contents: [UInt8]) -> [UInt8] {
        let name = Array(fileName.utf8)
        let crc = crc32(contents)
        let size = UInt32(contents.count)
        let dosTime: [UInt8] = le16(0x6000) + le16(0x5921) // 12:00:00, 2024-09-01
        let common: [UInt8] = le16(20) + le16(0x0800) + le16(0) + dosTime + le32(crc) + le32(size) + le32(size)
            + le16(UInt16(name.count)) + le16(0)
        let local: [UInt8] = zipSignature + common + name + contents
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02] + le16(20) + common + le16(0) + le16(0) + le16(0)
            + le32(0) + le32(0) + name
        let end: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(1) + le16(1)
            + le32(UInt32(central.count)) + le32(UInt32(local.count)) + le16(0)
        return local + central + end
    }

    // MARK: Checksums

    public static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return ~crc
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    static func be32(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)]
    }

    static func le32(_ v: UInt32) -> [UInt8] { be32(v).reversed() }
    static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }

    private static func zeroPadded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

private extension String {
    func replacingAll(_ replacements: [Character: String]) -> String {
        reduce(into: "") { result, character in result += replacements[character] ?? String(character) }
    }
}
