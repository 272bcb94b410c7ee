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

    /// Why the header cannot be read, saying what the file is when its markers tell
    /// (a variant browsers do not show, a file cut inside its header).
    static func header(_ error: JPEGError, _ document: JPEGRead) -> String {
        if document.imageCutByReadLimit { return readLimit(document) }
        let layout = document.layout
        if case .unsupported = error, let frame = layout.frame {
            let sof = "SOF\(Int(frame.marker) - 0xC0)"
            if frame.isLossless {
                return "es un JPEG sin pérdida (\(sof), «lossless»), una variante que los navegadores no muestran (\(libjpeg(error)))"
            }
            if frame.isHierarchical {
                return "es un JPEG jerárquico (\(sof)), una variante que los navegadores no muestran (\(libjpeg(error)))"
            }
            if frame.precision != 8 {
                return "es un JPEG de \(frame.precision) bits por muestra; los navegadores solo muestran JPEG de 8 bits (\(libjpeg(error)))"
            }
        }
        if layout.endOfImageOffset == nil, layout.scanCount == 0 {
            let bytes = document.bytes
            return "el archivo está cortado: termina a los \(bytes.count) bytes, dentro del encabezado y antes de los datos de la imagen (\(libjpeg(error)))"
        }
        return spanish(error)
    }

    /// Why the image cannot be decoded, naming the safety limit it exceeds.
    static func decode(_ error: JPEGError, _ document: JPEGRead) -> String {
        let limits = document.options.decodeLimits
        switch error {
        case .limitExceeded, .outOfMemory:
            if let header = document.jpegHeader, !limits.permits(header) {
                return "mide \(header.width) × \(header.height) píxeles (\(megapixels(header.pixelCount)) megapíxeles), más que el límite de seguridad de \(megapixels(limits.maxPixels)) megapíxeles (\(libjpeg(error)))"
            }
            if case let scans = document.layout.scanCount, scans > limits.maxScans {
                return "tiene \(scans) barridos (scans) progresivos, más que el límite de seguridad de \(limits.maxScans) (\(libjpeg(error)))"
            }
            if let header = document.jpegHeader, case let scans = document.layout.scanCount,
               header.pixelCount > 0, scans > limits.maxScanPixels / header.pixelCount {
                return "sus \(scans) barridos progresivos sobre \(megapixels(header.pixelCount)) megapíxeles exceden el límite de trabajo de decodificación de \(megapixels(limits.maxScanPixels)) megapíxeles-barrido (\(libjpeg(error)))"
            }
            return "necesita más memoria que el límite de seguridad de \(mebibytes(limits.maxMemory)) MiB para decodificarlo (\(libjpeg(error)))"
        default:
            return spanish(error)
        }
    }

    /// The file is larger than the read limit and the image goes on past it.
    static func readLimit(_ document: JPEGRead) -> String {
        "pesa \(document.entry.size) bytes, más que el límite de lectura de seguridad de \(mebibytes(document.options.maxReadBytes)) MiB; solo se leyó ese principio del archivo y la imagen sigue después"
    }

    private static func libjpeg(_ error: JPEGError) -> String {
        switch error {
        case .notJPEG(let m), .corrupt(let m), .limitExceeded(let m), .unsupported(let m), .invalidArgument(let m): "libjpeg: \(m)"
        case .outOfMemory: "libjpeg: memoria insuficiente"
        }
    }

    private static func megapixels(_ pixels: Int) -> String {
        let value = Double(pixels) / 1_000_000
        return value >= 10 || value == value.rounded() ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    }

    private static func mebibytes(_ bytes: Int) -> String {
        let value = Double(bytes) / Double(1 << 20)
        return value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
