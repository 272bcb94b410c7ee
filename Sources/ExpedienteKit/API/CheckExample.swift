/// One example of a check, written beside its code and run as a test (like SwiftLint's
/// triggering and non-triggering examples): what the folder holds and whether the check must
/// fire on it. Pages are recipes that the sample generator renders into real JPEG bytes.
public struct CheckExample: Sendable {
    /// What the example shows, in Spanish (`expediente rules` prints it).
    public let note: String
    public let input: ExampleInput
    public let triggers: Bool
    /// The call whose rules check it; nil: ENARM XLVIII.
    public let convocatoria: String?

    public static func triggers(_ note: String, _ input: ExampleInput, convocatoria: String? = nil) -> CheckExample {
        CheckExample(note: note, input: input, triggers: true, convocatoria: convocatoria)
    }

    public static func passes(_ note: String, _ input: ExampleInput, convocatoria: String? = nil) -> CheckExample {
        CheckExample(note: note, input: input, triggers: false, convocatoria: convocatoria)
    }
}

/// What the folder of an example holds: one document, or the applicant data with the pages
/// it is checked against. The check must fire (or not) on the document it names.
public enum ExampleInput: Sendable {
    /// A page of `document`, saved as `<document>.JPG`.
    case page(String, PageRecipe = PageRecipe())
    /// A page of `document` (nil: of none) saved under another file name.
    case file(String, of: String?, PageRecipe = PageRecipe())
    /// Bytes of another kind under `<document>.JPG`.
    case foreign(ForeignFixture, of: String)
    /// `<document>.JPG` that cannot be opened (no read permission).
    case unreadable(String)
    /// A page of `document` whose file name is not valid UTF-8.
    case undecodableName(of: String)
    /// A folder named `<document>.JPG`.
    case directory(String)
    /// A page of `document` under each of these names.
    case copies([String], of: String)
    /// A folder without `document`.
    case absent(String)
    /// `REGISTRO.yaml` with this text, beside these pages (`<kind>.JPG`).
    case registro(String, pages: [String: PageRecipe] = [:])
    /// As `registro`, with REGISTRO.yaml modified `seconds` after the pages.
    case registroLater(String, by: Int, pages: [String: PageRecipe])

    /// The document the finding must name; nil: the applicant data.
    public var document: String? {
        switch self {
        case .page(let document, _), .foreign(_, let document), .unreadable(let document),
             .undecodableName(let document), .directory(let document), .copies(_, let document), .absent(let document):
            document
        case .file(_, let document, _):
            document
        case .registro, .registroLater:
            nil
        }
    }
}

/// A page as the sample generator renders it: a clean 300-ppp scan of the document, changed
/// only where the recipe says.
public struct PageRecipe: Sendable, Hashable {
    public enum Density: Sendable, Hashable {
        /// JFIF in dots per inch, the page's resolution.
        case declared
        /// JFIF with this many dots per inch, whatever the pixels.
        case dpi(Int)
        /// JFIF with an aspect ratio only: the resolution can only be inferred.
        case aspectOnly
    }

    public enum QR: Sendable, Hashable {
        /// The QR the real document carries (none on documents without one).
        case standard
        case none
        /// Finder patterns visible, data smudged: no decoder reads it.
        case smudged
        /// The standard QR printed with modules of this many pixels.
        case smallModules(Int)
        case text(String)
    }

    public enum Defect: Sendable, Hashable {
        case blank
        case blur(sigma: Double)
        case noise(sigma: Double)
        case contrast(factor: Double)
        case brightness(factor: Double)
        case quarterTurn
        case halfTurn
        /// The sheet photographed on a table, at this fraction of the image.
        case onTable(scale: Double)
    }

    public enum Damage: Sendable, Hashable {
        /// Cut to this fraction of its bytes.
        case truncated(fraction: Double)
        /// Entropy-coded bytes overwritten halfway through the scan.
        case corruptedScan(bytes: Int)
        /// A small ZIP archive after the end of the image.
        case appendedZip
        /// The quantisation tables removed: the header reads, the image cannot be decoded.
        case withoutQuantisationTables
    }

    public var dpi: Int
    public var density: Density
    public var quality: Int
    public var color: Bool?
    public var cmyk: Bool
    public var arithmetic: Bool
    public var qr: QR
    public var defects: [Defect]
    public var damage: Damage?
    /// Comment segments after the start of image bring the file to exactly this many bytes.
    public var paddedTo: Int?
    /// The page of this other document, saved again at another JPEG quality: the same picture.
    public var copyOf: String?
    /// Stored turned or mirrored, with this Exif orientation (2-8) that shows it upright, as a
    /// phone saves a photo.
    public var exifOrientation: Int?

    public init(dpi: Int = 300, density: Density = .declared, quality: Int = 70, color: Bool? = nil, cmyk: Bool = false,
                arithmetic: Bool = false, qr: QR = .standard, defects: [Defect] = [], damage: Damage? = nil, paddedTo: Int? = nil,
                copyOf: String? = nil, exifOrientation: Int? = nil) {
        self.dpi = dpi
        self.density = density
        self.quality = quality
        self.color = color
        self.cmyk = cmyk
        self.arithmetic = arithmetic
        self.qr = qr
        self.defects = defects
        self.damage = damage
        self.paddedTo = paddedTo
        self.copyOf = copyOf
        self.exifOrientation = exifOrientation
    }
}

/// Bytes that are not a page of the document.
public enum ForeignFixture: Sendable, Hashable {
    case empty
    case png
    case pdf
    case heic
    case text
    /// A small photo-like JPEG of no standard sheet size.
    case photo
}
