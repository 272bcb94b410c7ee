/// What to tell an applicant about a page `fix` did not write, in Spanish.
enum FixAdvice {
    static func text(for refusal: PageRepairRefusal) -> String {
        switch refusal {
        case .unsupportedFormat(let format):
            let lower = format.lowercased()
            if lower.contains("pdf") {
                return "es un PDF, no una imagen: ábralo y expórtelo como imagen JPEG a 300 ppp (o escanee de nuevo el papel en JPEG); cambiar la extensión no basta."
            }
            if lower.contains("heic") || lower.contains("heif") {
                return "es una foto HEIC del teléfono: en el iPhone elija Ajustes › Cámara › Formatos › «Más compatible» y tómela de nuevo, o conviértala a JPEG; mejor aún, escanee el papel a 300 ppp."
            }
            return "es \(ContentType(mime: format, description: format).spanishName), que expediente no convierte: escanee de nuevo el documento y guárdelo como JPEG a 300 ppp."
        case .undecodable(let detail):
            let what = detail.contains("Premature end") ? "está incompleta (el archivo termina antes que la imagen)" : "tiene datos dañados"
            return "la imagen \(what) y no se corrige sin inventar lo que falta (libjpeg: \(detail)): escanee de nuevo el documento y guárdelo como JPEG a 300 ppp."
        case .cannotFitLegibly(let smallest):
            return "no cabe en 400 000 bytes sin perder legibilidad (lo más pequeño que se lee bien pesa \(smallest) bytes): escanee de nuevo a 300 ppp, en escala de grises si el documento lo permite, sin fondo oscuro ni sombras, con calidad JPEG de 75 a 85 %."
        case .exceedsLimits(let detail):
            return "la imagen pasa los límites de seguridad de expediente (\(detail)): escanee de nuevo el documento a 300 ppp en JPEG."
        case .lowResolution(let dpi, let paper):
            return "se escaneó a \(dpi) ppp (sus píxeles son los de una hoja \(paper) a \(dpi) ppp): escribir 300 ppp en el archivo no le daría el detalle que falta. Escanéelo de nuevo a 300 ppp."
        case .qrLost:
            return "al reducirlo a 400 000 bytes su código QR ya no se lee igual: escanee de nuevo a 300 ppp con el QR completo, plano y nítido."
        }
    }
}
