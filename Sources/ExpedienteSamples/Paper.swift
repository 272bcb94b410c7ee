/// Physical sheet sizes of the documents applicants scan.
public enum Paper: String, Sendable, CaseIterable {
    /// US Letter, 8.5 × 11 in: the usual Mexican office sheet.
    case letter
    /// ISO A4, 210 × 297 mm.
    case a4
    /// Oficio (México), 8.5 × 13.4 in: long legal-like sheet of certificates.
    case oficio
    /// ID-1 card (INE, cédula card), 85.6 × 54 mm, landscape.
    case idCard

    /// Width and height in inches (portrait, except the landscape card).
    public var inches: (width: Double, height: Double) {
        switch self {
        case .letter: (8.5, 11)
        case .a4: (210 / 25.4, 297 / 25.4)
        case .oficio: (8.5, 13.4)
        case .idCard: (85.6 / 25.4, 54 / 25.4)
        }
    }

    /// Pixel size of a scan at `dpi` (rounded to the nearest pixel): Letter at 300 dpi is 2550 × 3300.
    public func pixelSize(dpi: Int) -> (width: Int, height: Int) {
        let (w, h) = inches
        return (Int((w * Double(dpi)).rounded()), Int((h * Double(dpi)).rounded()))
    }
}
