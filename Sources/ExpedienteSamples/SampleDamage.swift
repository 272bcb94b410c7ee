/// Byte-level damage applied to a finished JPEG.
enum SampleDamage {
    static func apply(_ damage: Damage, to jpeg: [UInt8], cache: inout PageCache) throws -> [UInt8] {
        switch damage {
        case .truncated(let fraction):
            return Array(jpeg.prefix(Int(Double(jpeg.count) * fraction)))
        case .appendedZip:
            let note = Array("Respaldo del expediente generado por el escáner.\n".utf8)
            return jpeg + ForeignFormats.zip(fileName: "respaldo.txt", contents: note)
        case .corruptedScan(let count):
            return corruptScan(jpeg, byteCount: count)
        case .appendedJPEG(let options):
            return try jpeg + cache.jpeg(options)
        }
    }

    /// Overwrites `byteCount` entropy-coded bytes halfway through the first scan with
    /// pseudo-random ones. No 0xFF is written and the byte before the region is not 0xFF, so no
    /// marker appears: libjpeg decodes the whole file but warns of corrupt data.
    static func corruptScan(_ jpeg: [UInt8], byteCount: Int) -> [UInt8] {
        guard let sos = (2..<(jpeg.count - 3)).first(where: { jpeg[$0] == 0xFF && jpeg[$0 + 1] == 0xDA }),
              let eoi = (0..<(jpeg.count - 1)).last(where: { jpeg[$0] == 0xFF && jpeg[$0 + 1] == 0xD9 })
        else { return jpeg }
        let scanStart = sos + 2 + (Int(jpeg[sos + 2]) << 8 | Int(jpeg[sos + 3]))
        var start = (scanStart + eoi) / 2
        while jpeg[start - 1] == 0xFF { start += 1 }
        var result = jpeg
        var rng = SplitMix64(seed: 0xC0FF_EE00 + UInt64(jpeg.count))
        for i in start..<min(start + byteCount, eoi) {
            let byte = UInt8(truncatingIfNeeded: rng.next())
            result[i] = byte == 0xFF ? 0xFE : byte
        }
        return result
    }
}
