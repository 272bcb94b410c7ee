/// Spanish explanations of libjpeg failures, with libjpeg's own words for the validator.
enum JPEGErrorText {
    static func spanish(_ error: JPEGError) -> String {
        switch error {
        case .notJPEG(let m): "no es un JPEG (\(m))"
        case .corrupt(let m): "datos JPEG dañados (\(m))"
        case .limitExceeded(let m): "excede los límites de seguridad de decodificación (\(m))"
        case .unsupported(let m): "variante de JPEG no admitida (\(m))"
        case .outOfMemory: "memoria insuficiente para decodificarlo"
        case .invalidArgument(let m): "error interno de la herramienta (\(m))"
        }
    }
}
