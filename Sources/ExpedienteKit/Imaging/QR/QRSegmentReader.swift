/// The segments of a symbol zbar has read, from its own module grid. zbar's binary mode returns
/// byte-mode data without ECI as stored, converts data under the ECIs it knows (ISO-8859-x,
/// Shift_JIS, UTF-8) to UTF-8 with iconv, and says nothing of ECIs or modes: which character
/// set the text is in cannot be told from its bytes. The grid is sampled from zbar's corners,
/// decoded (format, unmask, Reed-Solomon) and parsed; the result is kept only when it gives
/// exactly zbar's bytes, so it never changes what was read, only how the bytes become text.
enum QRSegmentReader {
    /// nil when no sampling of the grid decodes to exactly `bytes`.
    static func segments(in image: GrayImage, corners: [(x: Double, y: Double)], bytes: [UInt8]) -> [QRSegment]? {
        guard corners.count == 4, image.hasValidShape,
              let n = QRModuleEstimate.moduleCount(corners: corners, in: image) else { return nil }
        let shifts: [(Double, Double)] = [(0, 0), (-0.5, -0.5), (0.5, 0.5), (-0.5, 0.5), (0.5, -0.5)]
        for shift in shifts {
            guard let values = QRGridSampler.centres(image, corners: corners, n: n, shift: shift) else { continue }
            for threshold in QRGridSampler.Threshold.allCases {
                let dark = QRGridSampler.binarize(values, n: n, threshold: threshold)
                for grid in [dark, QRGridSampler.transposed(dark, n: n)] {
                    if let segments = decode(grid, n: n), zbarBytes(segments) == bytes { return segments }
                }
            }
        }
        return nil
    }

    /// What zbar's binary mode returns for `segments`: byte and kanji data under ECI 0-13,
    /// 15-18, 20 and 26 converted to UTF-8, everything else as stored.
    static func zbarBytes(_ segments: [QRSegment]) -> [UInt8]? {
        var bytes: [UInt8] = []
        for segment in segments {
            if let eci = segment.eci, [0...13, 15...18, 20...20, 26...26].contains(where: { $0.contains(eci) }),
               segment.mode == .byte || segment.mode == .kanji {
                guard let text = QRCharset.forECI(eci)?.decode(segment.bytes) else { return nil }
                bytes += Array(text.utf8)
            } else {
                bytes += segment.bytes
            }
        }
        return bytes
    }

    /// The segments of sampled module levels split globally or locally, or equalized
    /// (`QRGridEqualizer`), as seen or mirrored (a symbol seen from behind, whose finders the
    /// frame orders mirrored); nil when none decodes.
    /// The decoder accepts a grid only when its format information and every Reed-Solomon block
    /// check, so a wrong split or a wrong size gives nil, not a wrong text.
    static func decode(levels values: [Double], n: Int) -> [QRSegment]? {
        for threshold in QRGridSampler.Threshold.allCases {
            let dark = QRGridSampler.binarize(values, n: n, threshold: threshold)
            for grid in [dark, QRGridSampler.transposed(dark, n: n)] {
                if let segments = decode(grid, n: n) { return segments }
            }
        }
        // Blur of half a module and more, which no threshold splits.
        if let dark = QRGridEqualizer.equalized(values, n: n) {
            for grid in [dark, QRGridSampler.transposed(dark, n: n)] {
                if let segments = decode(grid, n: n) { return segments }
            }
        }
        return nil
    }

    /// The segments of a module grid (row-major, true = dark), or nil when it does not decode.
    static func decode(_ dark: [Bool], n: Int) -> [QRSegment]? {
        guard let result = QRCodewordReader.read(dark: dark, size: n) else { return nil }
        return QRSegmentParser.parse(result.data, version: result.version)
    }
}
