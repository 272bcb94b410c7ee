/// What the `qr` stage hands its checks: the whole scan of a document whose rules ask for a
/// QR (which pass read the codes, or the candidate symbol when none was read).
@dynamicMemberLookup
public struct QRRead: Sendable {
    public let decode: DecodeAttempt
    public let rule: QRRule
    public let scan: QRScanResult

    public subscript<T>(dynamicMember path: KeyPath<DecodeAttempt, T>) -> T { decode[keyPath: path] }
}

enum QRStage {
    /// Nil when the document has no QR to look for (or its QR is waived) or was not decoded.
    /// A page decoded at reduced size (`IntegrityStage.decodeScale`) is first read around its
    /// finder patterns at that size (`QRScreen.readAroundFinders`); only when that reads nothing
    /// the page is decoded again at full size and scanned as a whole (`QRScanner.read`, every
    /// pass and fallback as before). Where the QR is optional, a page with no finder pattern in
    /// sight, or none that could be one of a symbol's three (`QRScreen.mayHoldQR`), reads
    /// nothing without a second decode.
    static func run(_ decode: DecodeAttempt) -> QRRead? {
        guard let rule = decode.qrRule, let decoded = decode.decodedImage else { return nil }
        let effort: QRScanEffort = rule.presence == .required ? .full : .findersOnly
        var image = decoded.image
        if decoded.scale > 1 {
            // One finder search serves the screen (both polarities, QR optional) and the quick read.
            let screened = QRScreen.finders(image, inverted: rule.presence != .required)
            if rule.presence != .required, !QRScreen.mayHoldQR(image, screened: screened) {
                return QRRead(decode: decode, rule: rule, scan: QRScanResult())
            }
            // Modules under 1.5 × the rule's minimum keep their full-size estimate: a finding shows it.
            if let quick = QRScreen.readAroundFinders(image, scale: decoded.scale, minModuleSize: 1.5 * rule.resolvedMinModulePixels,
                                                      finders: screened[0]) {
                return QRRead(decode: decode, rule: rule, scan: quick)
            }
            if let full = try? JPEGCodec.decodeGray(decode.bytes, scaleDenominator: 1, limits: decode.options.decodeLimits) {
                image = full.image
            }
        }
        return QRRead(decode: decode, rule: rule, scan: QRScanner.read(image, effort: effort))
    }
}
