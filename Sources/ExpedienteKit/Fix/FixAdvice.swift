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
            return "es un archivo \(format), que expediente no convierte: escanee de nuevo el documento y guárdelo como JPEG a 300 ppp."
        case .undecodable(let detail):
            return "la imagen está dañada y no se puede leer (\(detail)): escanee de nuevo el documento y guárdelo como JPEG a 300 ppp."
        case .cannotFitLegibly(let smallest):
            return "no cabe en 400 000 bytes sin perder legibilidad (lo más pequeño que se lee bien pesa \(smallest) bytes): escanee de nuevo a 300 ppp, en escala de grises si el documento lo permite, sin fondo oscuro ni sombras, con calidad JPEG de 75 a 85 %."
        case .qrLost:
            return "al reducirlo a 400 000 bytes su código QR ya no se lee igual: escanee de nuevo a 300 ppp con el QR completo, plano y nítido."
        }
    }
}
