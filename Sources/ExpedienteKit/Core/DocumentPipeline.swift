/// Runs the stages over one document, each preparing what its checks read and
/// stopping where the content makes later stages meaningless (a PNG has no JPEG header).
enum DocumentPipeline {
    static func run(_ document: inout DocumentContext) -> [Finding] {
        var findings: [Finding] = []
        for stage in Stage.allCases where stage != .inventory {
            guard prepare(stage, &document) else { break }
            for check in CheckCatalog.documentChecks(in: stage) {
                findings += check.run(on: document)
            }
        }
        return findings
    }

    /// Fills what `stage` needs; false when this stage and the later ones cannot run.
    private static func prepare(_ stage: Stage, _ document: inout DocumentContext) -> Bool {
        switch stage {
        case .inventory, .name, .data:
            return true
        case .quality:
            // CMYK/YCCK pages decode to gray without their black channel: jpeg.color_space speaks for them.
            guard document.quality != nil, document.jpegHeader?.colorSpace.isColorOrGray == true, let decoded = document.decodedImage,
                  !decoded.truncated, !decoded.corrupt, decoded.scale <= document.qualityReduction else { return true }
            var image = decoded.image, scale = decoded.scale
            while scale < document.qualityReduction {
                image = image.downscaledByTwo()
                scale *= 2
            }
            let ppi = PageQuality.assumedDPI(document.resolution?.dpi) / Double(scale)
            document.pageQuality = PageQuality.measure(image, ppi: ppi)
            return true
        case .type:
            guard document.entry.type == .regular else { return false }
            let read = document.prefetched.map { .success($0) }
                ?? BoundedReader.read(path: document.entry.path, limit: document.options.maxReadBytes)
            document.prefetched = nil
            switch read {
            case .success(let result):
                document.bytes = result.bytes
                document.readCut = result.cut
                document.content = MagicDetector.detect(result.bytes)
                // libmagic needs FF D8 FF plus a byte; a JPEG cut after 2 or 3 bytes is still a
                // (truncated) JPEG, not the "text" libmagic says.
                if document.content?.isJPEG != true, result.bytes.starts(with: [0xFF, 0xD8]), result.bytes.count < 4 {
                    document.content = ContentType(mime: "image/jpeg", description: "JPEG image data (start of image only)")
                }
            case .failure(let failure):
                document.readError = failure.spanish
            }
            return true
        case .size:
            return document.readError == nil
        case .jpeg:
            guard document.isJPEG, let bytes = document.bytes else { return false }
            document.layout = JPEGLayout.parse(bytes)
            do {
                document.header = .success(try JPEGCodec.readHeader(bytes, limits: document.options.decodeLimits))
            } catch {
                document.header = .failure(error)
            }
            return true
        case .resolution:
            guard let header = document.jpegHeader else { return false }
            document.resolution = ResolutionEstimate.estimate(header: header, layout: document.layout)
            return true
        case .integrity:
            guard let bytes = document.bytes else { return false }
            // Decoding a prefix would report a truncated file that is not (integrity.decode_failed says why).
            guard !document.imageCutByReadLimit else { return true }
            // The one decode of this document, at the smallest scale its checks need.
            document.decoded = decode(bytes, scale: document.decodeScale, document.options)
            return true
        case .qr:
            guard document.needsQR, let decoded = document.decodedImage else { return true }
            let scan = QRScanner.read(decoded.image, effort: document.kind.qr?.presence == .required ? .full : .findersOnly)
            document.qrScan = scan
            document.qrCodes = scan.codes
            document.qrSeenButUnreadable = scan.seenButUnreadable
            return true
        }
    }

    private static func decode(_ bytes: [UInt8], scale: Int, _ options: CheckOptions) -> Result<DecodedImage, JPEGError>? {
        do {
            return .success(try JPEGCodec.decodeGray(bytes, scaleDenominator: scale, limits: options.decodeLimits))
        } catch {
            return .failure(error)
        }
    }
}
