/// What the engine reads from a JPEG before touching its pixels: the header, its layout, the
/// faults against the request, and whether a header rewrite alone can repair it.
struct JPEGInspection {
    enum Fault: Equatable {
        case overLimit
        case density
        /// The declared density is above the request's: the page is resampled, not relabelled.
        case aboveDensity
        case trailingData
        case orientation(Int)
        case printColor
        /// Arithmetic coding, lossless or 12-bit frames, a hierarchical file.
        case coding
        case oversizedMetadata
        /// Exif declares another resolution than JFIF.
        case exifDensity
    }

    /// Metadata beyond this many bytes (APPn and COM other than JFIF and Adobe) is dropped.
    static let maxMetadataBytes = 64 * 1024

    let header: JPEGHeader
    let layout: JPEGLayout
    let segments: JPEGSegmentList?
    /// The resolution the scan has (declared when it makes sense, else inferred from a paper size).
    let sourceDPI: Double?
    let declaredDPI: Int?
    let orientation: Int
    let faults: [Fault]

    init(bytes: [UInt8], header: JPEGHeader, request: PageRepairRequest) {
        self.header = header
        layout = JPEGLayout.parse(bytes)
        segments = JPEGSegmentList(bytes, endOfImage: layout.endOfImageOffset)
        let density = header.jfifDensity ?? layout.jfifDensity
        declaredDPI = density?.dpi.map { Int($0.rounded()) }
        sourceDPI = ResolutionEstimate.estimate(header: header, layout: layout)?.dpi
        orientation = layout.exif.flatMap(ExifOrientation.value) ?? 1

        let target = Double(request.dpi)
        var faults: [Fault] = []
        if bytes.count > request.maxBytes { faults.append(.overLimit) }
        if let declared = density?.dpi, abs(declared - target) <= 1 {
            // As declared.
        } else if let declared = ResolutionEstimate.isMeaningful(density), declared > target + 1 {
            faults.append(.aboveDensity)
        } else {
            faults.append(.density)
        }
        if layout.trailingByteCount > 0 { faults.append(.trailingData) }
        if orientation != 1 { faults.append(.orientation(orientation)) }
        if !header.colorSpace.isColorOrGray { faults.append(.printColor) }
        let frame = layout.frame
        if header.arithmetic || header.precision != 8 || frame == nil
            || frame!.isLossless || frame!.isHierarchical || frame!.isArithmetic {
            faults.append(.coding)
        }
        if let segments {
            let metadata = segments.segments.filter { JPEGSegmentList.isMetadata($0.marker) && !JPEGSegmentList.isKept($0, in: bytes) }
            let size = metadata.reduce(0) { $0 + $1.range.count }
            if size > Self.maxMetadataBytes { faults.append(.oversizedMetadata) }
        }
        if let exif = layout.exif, let exifDPI = ExifResolution.density(in: exif)?.dpi, abs(exifDPI - target) > 1 {
            faults.append(.exifDensity)
        }
        self.faults = faults
    }

    /// Faults a new header fixes without touching the image data.
    var isHeaderOnly: Bool {
        // A JFIF marker makes libjpeg read three components as YCbCr: RGB-coded files are re-encoded.
        guard segments != nil, header.colorSpace == .grayscale || header.colorSpace == .ycbcr else { return false }
        return faults.allSatisfy { fault in
            switch fault {
            case .density, .trailingData, .oversizedMetadata, .exifDensity: true
            default: false
            }
        }
    }

    var colorName: String {
        switch header.colorSpace {
        case .grayscale: "gris"
        case .cmyk, .ycck: "cmyk"
        default: "color"
        }
    }
}
