/// Reads a candidate symbol straight from its traced surface (`QRMeshSampler.Surface`), for
/// the codes zbar cannot read even resampled upright: on waved cloth the mesh leaves each
/// module a fraction of a module off, which a resampled image shows as ragged edges that defeat
/// zbar's finder and timing checks, while the module centres still fall inside their modules.
/// The module levels (`QRGridSampler.meanLevels`) are decoded by the project's own reader.
enum QRMeshDecoder {
    /// The segments of the symbol, or nil when no split of the sampled grid decodes.
    static func segments(_ image: GrayImage, surface: QRMeshSampler.Surface, inverted: Bool) -> [QRSegment]? {
        guard let values = QRGridSampler.meanLevels(image, n: surface.n, inverted: inverted, point: surface.point)
        else { return nil }
        return QRSegmentReader.decode(levels: values, n: surface.n)
    }
}
