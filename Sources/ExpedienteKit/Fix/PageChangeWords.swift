/// How `fix` reports each change: Spanish words for the text, an object for the JSON.
extension PageChange {
    public var spanish: String {
        switch self {
        case .converted(let format): "convertido de \(format) a JPEG"
        case .recompressed(let quality): "recomprimido con calidad \(quality)"
        case .denoised: "ruido del escáner atenuado"
        case .paperLifted: "fondo del papel aclarado a blanco"
        case .toGray: "en escala de grises"
        case .cmykToRGB: "CMYK convertido a RGB"
        case .densitySet(let from, let to): "densidad \(from.map { "\($0) ppp" } ?? "sin declarar") → \(to) ppp"
        case .resampled(let from, let to): "remuestreado de \(from) a \(to) ppp"
        case .orientationApplied(let value): "girado según su orientación Exif (\(value))"
        case .trailingDataDropped(let bytes): "quitados \(FixWords.bytes(bytes)) tras el final de la imagen"
        case .metadataDropped(let bytes): "quitados \(FixWords.bytes(bytes)) de metadatos"
        }
    }

    var json: JSONValue {
        switch self {
        case .converted(let format): .object([("change", .string("converted")), ("from", .string(format))])
        case .recompressed(let quality): .object([("change", .string("recompressed")), ("quality", .number(quality))])
        case .denoised: .object([("change", .string("denoised"))])
        case .paperLifted: .object([("change", .string("paper_lifted"))])
        case .toGray: .object([("change", .string("to_gray"))])
        case .cmykToRGB: .object([("change", .string("cmyk_to_rgb"))])
        case .densitySet(let from, let to):
            .object([("change", .string("density_set")), ("from", from.map { .number($0) } ?? .null), ("to", .number(to))])
        case .resampled(let from, let to): .object([("change", .string("resampled")), ("from_dpi", .number(from)), ("to_dpi", .number(to))])
        case .orientationApplied(let value): .object([("change", .string("orientation_applied")), ("exif", .number(value))])
        case .trailingDataDropped(let bytes): .object([("change", .string("trailing_data_dropped")), ("bytes", .number(bytes))])
        case .metadataDropped(let bytes): .object([("change", .string("metadata_dropped")), ("bytes", .number(bytes))])
        }
    }
}

enum FixWords {
    /// 388004 → «388 004 bytes», as the README writes sizes.
    static func bytes(_ count: Int) -> String {
        var digits = String(count)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: " ") + " bytes"
    }

    static func color(_ color: String) -> String {
        switch color {
        case "gris", "grayscale": "gris"
        case "cmyk": "CMYK"
        default: "color"
        }
    }
}
