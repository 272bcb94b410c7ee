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
    /// A page decoded at reduced size (QR optional) with no finder pattern in sight reads
    /// nothing without a second decode; one with some is decoded again at full size and scanned.
    static func run(_ decode: DecodeAttempt) -> QRRead? {
        guard let rule = decode.qrRule, let decoded = decode.decodedImage else { return nil }
        let effort: QRScanEffort = rule.presence == .required ? .full : .findersOnly
        var image = decoded.image
        if decoded.scale > 1 {
            guard QRScreen.mayHoldQR(image) else { return QRRead(decode: decode, rule: rule, scan: QRScanResult()) }
            if let full = try? JPEGCodec.decodeGray(decode.bytes, scaleDenominator: 1, limits: decode.options.decodeLimits) {
                image = full.image
            }
        }
        return QRRead(decode: decode, rule: rule, scan: QRScanner.read(image, effort: effort))
    }
}
