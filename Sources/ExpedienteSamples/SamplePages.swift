import ExpedienteKit

/// How a page declares its resolution.
public enum DensityEncoding: Sendable, Hashable {
    /// JFIF density in dots per inch (unit 1) = the page's dpi.
    case jfifInch
    /// JFIF density in dots per centimetre (unit 2), rounded: 300 dpi → 118.
    case jfifCentimetre
    /// JFIF unit 0 (aspect 1:1 only) plus an Exif APP1 with XResolution/YResolution = dpi, unit inch.
    case exifInch
    /// JFIF unit 0, aspect 1:1, and nothing else: the resolution can only be inferred from the pixels.
    case aspectOnly
    /// No JFIF marker at all.
    case noJFIF
    /// JFIF with these values whatever the pixels (e.g. 72 dpi on a 150-dpi scan).
    case jfif(unit: DensityUnit, x: Int, y: Int)
}

/// Which QR a page carries.
public enum QRContent: Sendable, Hashable {
    /// The one the real document carries (PUNTAJENARM, CEDULA, TITULO1), none elsewhere.
    case standard
    case none
    case payload([UInt8])
    /// This payload with its data modules smudged: the finder patterns show, no decoder can read it.
    case damaged([UInt8])
    /// The standard one printed with modules of this many pixels (e.g. 2: a reduced scan).
    case smallModules(Int)
}

extension QRContent {
    var isDamaged: Bool {
        if case .damaged = self { return true }
        return false
    }

    /// Module size in pixels when the page asks for a particular one.
    var moduleSize: Int? {
        if case .smallModules(let size) = self { return size }
        return nil
    }
}

/// Everything that defines one rendered page file.
public struct PageOptions: Sendable, Hashable {
    public var kind: SampleDocumentKind
    public var dpi: Int
    /// Nil: the kind's natural sheet.
    public var paper: Paper?
    public var qr: QRContent
    public var quality: Int
    public var density: DensityEncoding
    public var progressive: Bool
    public var arithmetic: Bool
    /// Adobe CMYK instead of gray/YCbCr.
    public var cmyk: Bool
    /// Nil: the kind's usual (colour for INE and cédula).
    public var color: Bool?
    /// Per-pixel scanner grain (± this many levels); 0 for a clean scan.
    public var grain: Int
    /// Whose data the page prints (and its standard QR carries).
    public var applicant: SampleApplicant
    /// Seed of the page's pseudo-random details (body text, signature, paper, dust, grain); nil:
    /// derived from the kind and dpi, as the committed samples are. Two pages that differ only in
    /// this seed have different bytes.
    public var noiseSeed: UInt64?
    /// Scan defects applied in order to the finished page (blank, blur, noise, contrast...).
    public var degradations: [PageDegradation]
    /// The paper tinted and dusty as a scan's (false: the clean page, for references).
    public var aged = true

    public init(kind: SampleDocumentKind, dpi: Int = 300, paper: Paper? = nil, qr: QRContent = .standard,
                quality: Int = 70, density: DensityEncoding = .jfifInch, progressive: Bool = false,
                arithmetic: Bool = false, cmyk: Bool = false, color: Bool? = nil, grain: Int = 0,
                applicant: SampleApplicant = .standard, noiseSeed: UInt64? = nil, degradations: [PageDegradation] = []) {
        self.kind = kind
        self.dpi = dpi
        self.paper = paper
        self.qr = qr
        self.quality = quality
        self.density = density
        self.progressive = progressive
        self.arithmetic = arithmetic
        self.cmyk = cmyk
        self.color = color
        self.grain = grain
        self.applicant = applicant
        self.noiseSeed = noiseSeed
        self.degradations = degradations
    }

    public var resolvedPaper: Paper { paper ?? kind.naturalPaper }

    public var resolvedQRPayload: [UInt8]? {
        switch qr {
        case .standard, .smallModules: kind.qrPayload(for: applicant)
        case .none: nil
        case .payload(let bytes), .damaged(let bytes): bytes
        }
    }
}

public enum SampleError: Error, Equatable, Sendable {
    case unknownKind(String)
    case writeFailed(path: String, errno: Int32)
}

/// One realistic page of a document kind, as pixels or JPEG bytes, for tests and samples.
public enum SamplePages {
    /// A page of `kind` (the NOMBRE, e.g. "CEDULA") as JPEG bytes. `paper` nil uses the kind's
    /// sheet (ID card for IDENTIFICACION1/2); `qrPayload` nil prints the kind's usual QR, if any.
    public static func documentJPEG(
        kind: String, dpi: Int = 300, paper: Paper? = nil, qrPayload: [UInt8]? = nil,
        quality: Int = 70, density: DensityEncoding = .jfifInch
    ) throws -> [UInt8] {
        guard let documentKind = SampleDocumentKind(rawValue: kind) else { throw SampleError.unknownKind(kind) }
        return try jpeg(PageOptions(kind: documentKind, dpi: dpi, paper: paper,
                                    qr: qrPayload.map(QRContent.payload) ?? .standard, quality: quality, density: density))
    }

    /// The page's pixels before JPEG encoding.
    public static func raster(_ options: PageOptions) throws -> RasterImage {
        let page = SampleDocumentPage(kind: options.kind, dpi: options.dpi, paper: options.resolvedPaper,
                                      color: options.color ?? options.kind.isColor, qrPayload: options.resolvedQRPayload,
                                      qrDamaged: options.qr.isDamaged, qrModuleSize: options.qr.moduleSize, applicant: options.applicant,
                                      noiseSeed: options.noiseSeed, aged: options.aged)
        var canvas = try page.render()
        if options.grain > 0 {
            var rng = options.noiseSeed.map { SplitMix64(seed: $0 ^ 0x6772_6169_6E00_0000) }
                ?? SplitMix64(label: "grain-\(options.kind.rawValue)")
            canvas.addGrain(amplitude: options.grain, using: &rng)
        }
        return options.degradations.reduce(canvas.raster) { $1.apply(to: $0) }
    }

    public static func jpeg(_ options: PageOptions) throws -> [UInt8] {
        try encode(raster(options), dpi: options.dpi, quality: options.quality, density: options.density,
                   progressive: options.progressive, arithmetic: options.arithmetic, cmyk: options.cmyk)
    }

    /// Encodes pixels declaring `dpi` the way `density` says.
    public static func encode(
        _ image: RasterImage, dpi: Int, quality: Int = 70, density: DensityEncoding = .jfifInch,
        progressive: Bool = false, arithmetic: Bool = false, cmyk: Bool = false
    ) throws -> [UInt8] {
        var markers: [(code: UInt8, payload: [UInt8])] = []
        let jfif: PixelDensity?
        switch density {
        case .jfifInch: jfif = PixelDensity(unit: .perInch, x: Double(dpi), y: Double(dpi))
        case .jfifCentimetre:
            let perCm = (Double(dpi) / 2.54).rounded()
            jfif = PixelDensity(unit: .perCentimetre, x: perCm, y: perCm)
        case .exifInch:
            jfif = PixelDensity(unit: .none, x: 1, y: 1)
            markers.append((0xE1, ExifResolution.makeExifPayload(xDPI: UInt32(dpi), yDPI: UInt32(dpi), unit: 2, bigEndian: true)))
        case .aspectOnly: jfif = PixelDensity(unit: .none, x: 1, y: 1)
        case .noJFIF: jfif = nil
        case .jfif(let unit, let x, let y): jfif = PixelDensity(unit: unit, x: Double(x), y: Double(y))
        }
        return try JPEGCodec.encode(image, quality: quality, density: jfif, progressive: progressive,
                                    arithmetic: arithmetic, cmyk: cmyk, extraMarkers: markers)
    }
}
