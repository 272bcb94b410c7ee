import Yams

/// Finds the line of the YAML node a `Codable` coding path points to, so a
/// decoding error can name the line of the offending key or value.
enum YAMLLocator {
    static func mark(of path: [any CodingKey], in root: Node) -> Mark? {
        var node = root
        var mark = root.mark
        for key in path {
            switch node {
            case .mapping(let mapping):
                guard let pair = mapping.first(where: { $0.key.string == key.stringValue }) else { return mark }
                mark = pair.key.mark
                node = pair.value
            case .sequence(let sequence):
                guard let index = key.intValue, sequence.indices.contains(index) else { return mark }
                node = sequence[index]
                mark = node.mark
            default:
                return mark
            }
        }
        return mark
    }

    /// A readable Spanish reason for a decoding error.
    static func reason(for error: DecodingError) -> (path: [any CodingKey], text: String) {
        func dotted(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let place = context.codingPath.isEmpty ? "" : " en «\(dotted(context.codingPath))»"
            return (context.codingPath, "falta la clave obligatoria «\(key.stringValue)»\(place)")
        case .typeMismatch(let type, let context):
            return (context.codingPath, "«\(dotted(context.codingPath))» tiene un tipo incorrecto: se esperaba \(typeName(type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "«\(dotted(context.codingPath))» está vacío: se esperaba \(typeName(type))")
        case .dataCorrupted(let context):
            let text = context.debugDescription.isEmpty ? "valor inválido" : context.debugDescription
            let where_ = context.codingPath.isEmpty ? "" : "«\(dotted(context.codingPath))»: "
            return (context.codingPath, where_ + text)
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "un texto"
        case is Int.Type: return "un número entero"
        case is Double.Type: return "un número"
        case is Bool.Type: return "true o false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "una lista" }
            if name.hasPrefix("Dictionary") { return "un mapa de claves" }
            return name
        }
    }
}
