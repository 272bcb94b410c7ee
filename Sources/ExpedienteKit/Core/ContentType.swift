/// The real content type of a file, as libmagic sees it.
public struct ContentType: Sendable, Equatable {
    /// MIME type, e.g. `image/jpeg`.
    public let mime: String
    /// libmagic's description, e.g. `PNG image data, 100 x 100, 8-bit/color RGB`.
    public let description: String

    public init(mime: String, description: String) {
        self.mime = mime
        self.description = description
    }

    public var isJPEG: Bool { mime == "image/jpeg" }

    /// What the file is, in Spanish, for the applicant.
    public var spanishName: String {
        switch mime {
        case "image/jpeg": "una imagen JPEG"
        case "image/png": "una imagen PNG"
        case "image/gif": "una imagen GIF"
        case "image/webp": "una imagen WebP"
        case "image/tiff": "una imagen TIFF"
        case "image/bmp", "image/x-ms-bmp": "una imagen BMP"
        case "image/heic", "image/heif", "image/heic-sequence", "image/avif": "una imagen HEIC/HEIF (formato de iPhone)"
        case "application/pdf": "un documento PDF"
        case "text/plain", "text/x-shellscript", "text/html", "text/xml": "un archivo de texto"
        case "application/zip", "application/x-7z-compressed", "application/x-rar", "application/gzip": "un archivo comprimido"
        case "application/x-executable", "application/x-pie-executable", "application/x-sharedlib", "application/x-dosexec", "application/x-mach-binary":
            "un programa ejecutable"
        case "application/x-empty", "inode/x-empty": "un archivo vacío"
        case "application/octet-stream": "un archivo de datos sin formato reconocible"
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword": "un documento de Word"
        default: "un archivo de tipo \(mime)"
        }
    }
}
