/// How the character set of a QR text was decided.
public enum QREncodingSource: String, Sendable, Equatable {
    /// An ECI designator in the symbol named it.
    case eci
    /// Kanji mode, which is Shift_JIS by definition.
    case kanji
    /// Guessed from the bytes as ZXing does (`QRCharsetGuess`): no ECI, or the segments unknown.
    case guess
}

/// A QR payload as text, with the character set used.
public struct QRText: Sendable, Equatable {
    public var text: String
    /// The character set's name (`UTF-8`, `Shift_JIS`, `ISO-8859-1`, ...); several, joined by
    /// `+` in the order of the segments, when the symbol mixes them.
    public var encoding: String
    /// How it was decided; several joined by `+` like `encoding`.
    public var source: String
}

/// Turns a symbol's bytes into text exactly as encoded: byte-mode data under an ECI designator
/// in the ECI's character set, kanji mode as Shift_JIS, numeric and alphanumeric as ASCII, and
/// byte-mode data without ECI in the one character set guessed from all such bytes of the
/// symbol. Without segments (the grid could not be read), the guess covers all the bytes.
public enum QRTextDecoder {
    public static func decode(_ bytes: [UInt8], segments: [QRSegment]?) -> QRText {
        guard let segments, segments.contains(where: { $0.mode == .byte || $0.mode == .kanji }) else {
            return guessed(bytes)
        }
        let unlabelled = segments.filter { $0.mode == .byte && $0.eci == nil }.flatMap(\.bytes)
        let guess = QRCharsetGuess.guess(unlabelled)
        var text = ""
        var used: [(charset: String, source: QREncodingSource)] = []
        for segment in segments {
            let piece: QRText
            switch segment.mode {
            case .numeric, .alphanumeric:
                text += QRCharset.latin1.decode(segment.bytes) ?? ""
                continue
            case .kanji:
                guard let decoded = QRCharset.shiftJIS.decode(segment.bytes) else { return guessed(bytes) }
                piece = QRText(text: decoded, encoding: QRCharset.shiftJIS.name, source: QREncodingSource.kanji.rawValue)
            case .byte:
                if let eci = segment.eci, let charset = QRCharset.forECI(eci), let decoded = charset.decode(segment.bytes) {
                    piece = QRText(text: decoded, encoding: charset.name, source: QREncodingSource.eci.rawValue)
                } else if segment.eci == nil, let decoded = guess.decode(segment.bytes) {
                    piece = QRText(text: decoded, encoding: guess.name, source: QREncodingSource.guess.rawValue)
                } else {
                    // An unknown ECI, or bytes invalid in their character set: guess these bytes alone.
                    piece = guessed(segment.bytes)
                }
            }
            text += piece.text
            if let source = QREncodingSource(rawValue: piece.source),
               !used.contains(where: { $0.charset == piece.encoding && $0.source == source }) {
                used.append((piece.encoding, source))
            }
        }
        return QRText(text: text, encoding: unique(used.map(\.charset)), source: unique(used.map(\.source.rawValue)))
    }

    /// `bytes` in the guessed character set, or ISO-8859-1 when they are not valid in it.
    static func guessed(_ bytes: [UInt8]) -> QRText {
        let charset = QRCharsetGuess.guess(bytes)
        if let text = charset.decode(bytes) {
            return QRText(text: text, encoding: charset.name, source: QREncodingSource.guess.rawValue)
        }
        return QRText(text: QRCharset.latin1.decode(bytes) ?? "", encoding: QRCharset.latin1.name,
                      source: QREncodingSource.guess.rawValue)
    }

    private static func unique(_ names: [String]) -> String {
        var seen: [String] = []
        for name in names where !seen.contains(name) { seen.append(name) }
        return seen.joined(separator: "+")
    }
}
