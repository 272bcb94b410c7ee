/// A scan with fewer pixels than `dpi` for its page: writing 300 in the header would only hide
/// it, so `fix` refuses it and asks for a new scan. The page tells when the pixel size is that of
/// a known paper (letter, A4, oficio) at the declared density, or, with no usable declaration
/// (none, 72 ppp), at a density below the target. An unknown page size (a card, a photo) tells
/// nothing: its header is trusted to be wrong and set to the target.
enum LowResolution {
    struct Scan: Equatable {
        let dpi: Int
        let paper: ResolutionEstimate.Paper
    }

    static func scan(width: Int, height: Int, declaredDPI: Int?, target: Int) -> Scan? {
        guard let inferred = ResolutionEstimate.infer(width: width, height: height),
              case .inferred(let paper) = inferred.source else { return nil }
        let limit = Double(target) * 0.97
        if let declared = declaredDPI.map(Double.init), declared >= 10, abs(declared - 72) > 0.5 {
            // The pixel size confirms the declared density: the page really was scanned at it.
            guard declared < limit, abs(inferred.dpi - declared) / declared <= 0.03 else { return nil }
            return Scan(dpi: Int(declared.rounded()), paper: paper)
        }
        return inferred.dpi < limit ? Scan(dpi: Int(inferred.dpi.rounded()), paper: paper) : nil
    }
}
