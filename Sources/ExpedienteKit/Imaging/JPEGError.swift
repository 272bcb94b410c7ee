import CExpedienteJPEG

/// Failure reported by the libjpeg wrapper; the associated text is libjpeg's own message.
public enum JPEGError: Error, Equatable, Sendable {
    case notJPEG(String)
    case corrupt(String)
    case limitExceeded(String)
    case unsupported(String)
    case outOfMemory
    /// The caller passed something the codec cannot work with (empty image, bad scale…).
    case invalidArgument(String)

    /// The single place that turns a C `exp_status` plus message into a Swift error.
    static func check(_ status: exp_status, message: String) throws(JPEGError) {
        switch status {
        case EXP_OK: return
        case EXP_ERR_NOT_JPEG: throw .notJPEG(message)
        case EXP_ERR_LIMIT: throw .limitExceeded(message)
        case EXP_ERR_UNSUPPORTED: throw .unsupported(message)
        case EXP_ERR_NOMEM: throw .outOfMemory
        case EXP_ERR_ARGUMENT: throw .invalidArgument(message)
        default: throw .corrupt(message)
        }
    }
}
