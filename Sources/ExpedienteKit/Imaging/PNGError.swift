import CExpedientePNG

/// Failure reported by the libpng wrapper; the associated text is libpng's own message.
public enum PNGError: Error, Equatable, Sendable {
    case notPNG(String)
    case corrupt(String)
    case limitExceeded(String)
    case outOfMemory
    /// The caller passed something the codec cannot work with (empty image…).
    case invalidArgument(String)

    /// The single place that turns a C `exp_png_status` plus message into a Swift error.
    static func check(_ status: exp_png_status, message: String) throws(PNGError) {
        switch status {
        case EXP_PNG_OK: return
        case EXP_PNG_ERR_NOT_PNG: throw .notPNG(message)
        case EXP_PNG_ERR_LIMIT: throw .limitExceeded(message)
        case EXP_PNG_ERR_NOMEM: throw .outOfMemory
        case EXP_PNG_ERR_ARGUMENT: throw .invalidArgument(message)
        default: throw .corrupt(message)
        }
    }
}
