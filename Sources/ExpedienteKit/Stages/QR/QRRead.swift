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
    static func run(_ decode: DecodeAttempt) -> QRRead? {
        guard let rule = decode.qrRule, let decoded = decode.decodedImage else { return nil }
        let scan = QRScanner.read(decoded.image, effort: rule.presence == .required ? .full : .findersOnly)
        return QRRead(decode: decode, rule: rule, scan: scan)
    }
}
