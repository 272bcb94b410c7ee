/// The last reading of a candidate symbol whose finders were found but which nothing else
/// read: a code printed on waved cloth, whose rows and columns are shifted by up to most of a
/// module, so that neither a homography nor the mesh of the two timing patterns (which the
/// waves bend off any straight line) keeps the module centres inside their modules. For each
/// symbol size near the finders' estimate, a displacement field is measured from the module
/// boundaries themselves (`QRWarpField`, three rounds), the module centres are sampled through
/// it, and the grid is decoded by the project's own reader, which accepts it only when the
/// format information and every Reed-Solomon block check.
enum QRWarpDecoder {
    static let rounds = 3

    /// The segments and the module size in page pixels, or nil.
    static func read(_ image: GrayImage, corners: [FinderPattern], inverted: Bool) -> (segments: [QRSegment], module: Double)? {
        guard image.hasValidShape, image.width > 2, image.height > 2, let frame = QRFinderFrame(corners) else { return nil }
        // Finder centres are N − 7 modules apart, N = 17 + 4 × version.
        let estimate = (frame.legB + frame.legC) / 2 / frame.module
        let guess = Int(((estimate - 10) / 4).rounded())
        for version in [guess, guess - 1, guess + 1, guess - 2, guess + 2] where (1...40).contains(version) {
            let n = 17 + 4 * version
            var field = QRWarpField(frame: frame, n: n)
            for _ in 0..<rounds {
                guard field.refine(image) else { break }
                guard let values = QRGridSampler.meanLevels(image, n: n, inverted: inverted, point: field.page)
                else { break }
                if let segments = QRSegmentReader.decode(levels: values, n: n) {
                    return (segments, (frame.legB + frame.legC) / 2 / Double(n - 7))
                }
            }
        }
        return nil
    }
}
