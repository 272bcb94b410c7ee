import Foundation

/// A file name split into stem and extension, with the folding that lets a
/// near-miss name (`curp.jpg`, `Cédula.jpeg`, `ACTA NACIMIENTO.JPG`,
/// `CURP (1).JPG`, NFC or NFD accents) be recognised as its document kind.
public struct FileName: Sendable, Equatable {
    public let full: String
    public let stem: String
    /// Without the dot; nil when the name has none.
    public let fileExtension: String?

    public init(_ full: String) {
        self.full = full
        if let dot = full.lastIndex(of: "."), dot != full.startIndex {
            stem = String(full[..<dot])
            fileExtension = String(full[full.index(after: dot)...])
        } else {
            stem = full
            fileExtension = nil
        }
    }

    /// The stem without the marks copies add (`(1)`, `- copia`, `copy 2`, a hidden `.JPG`),
    /// accents, case, spaces and symbols: what a person meant to write.
    public var foldedStem: String { Self.fold(Self.removingCopyMarker(stem)) }

    /// Whether the stem ends with a mark a copy or a download adds.
    public var hasCopyMarker: Bool { Self.removingCopyMarker(stem) != stem }

    public static func fold(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCanonicalMapping.uppercased()
        return String(String.UnicodeScalarView(decomposed.unicodeScalars.filter {
            ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }))
    }

    private static let copyMarkers: [NSRegularExpression] = [
        #"\s*\(\d{1,3}\)$"#,
        #"\s*[-_ ]\s*(copia|copy)(\s*\(?\d{1,3}\)?)?$"#,
        #"\s+(copia|copy)(\s+de)?$"#,
        // A second extension hidden by the file manager: `CURP.JPG.JPG`.
        #"\.(jpe?g|png|pdf|heic|heif|tiff?|gif|webp|bmp)$"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    static func removingCopyMarker(_ stem: String) -> String {
        var result = stem
        for regex in copyMarkers {
            let range = NSRange(result.startIndex..., in: result)
            result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: "")
        }
        return result
    }
}
