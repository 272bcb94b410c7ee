import ExpedienteKit
import Foundation

/// A set of degraded QR scans with known payloads, to measure how many `expediente qr` and
/// `zbarimg` read exactly (`scripts/bench-qr`). Deterministic: the same seed gives the same bytes.
/// Every scan has a QR of version 2 to 25; each category stresses one degradation (over mild
/// blur, noise and JPEG compression), `combinado` mixes them all.
public enum QRScanSet {
    public static let manifestName = "manifest.tsv"
    public static let defaultPerCategory = 40

    public struct Category: Sendable {
        public let name: String
        /// One line in Spanish.
        public let description: String
        /// Highest QR version drawn (photos of small symbols carry short payloads).
        var maxVersion = 25
        let make: @Sendable (inout SplitMix64) -> QRScanDegradation
    }

    public static let categories: [Category] = [
        Category(name: "modulos-pequenos", description: "2 a 3 px por módulo, poco desenfoque, JPEG 60-90") { r in
            var d = mild(&r, module: r.range(2.0, 3.0))
            d.blurSigma = r.range(0.3, 0.7)
            return d
        },
        Category(name: "desenfoque", description: "desenfoque gaussiano de 0.25 a 0.6 módulos, 3 a 8 px por módulo") { r in
            var d = mild(&r, module: r.range(3.0, 8.0))
            d.blurSigma = d.moduleSize * r.range(0.25, 0.6)
            return d
        },
        Category(name: "rotacion", description: "girado 2 a 10 grados, 2 a 8 px por módulo") { r in
            var d = mild(&r, module: r.range(2.0, 8.0))
            d.rotationDegrees = r.range(2, 10) * (r.int(in: 0...1) == 0 ? -1 : 1)
            return d
        },
        Category(name: "perspectiva", description: "inclinado (cizalla hasta 0.2) y en perspectiva (hasta 12 %), 2 a 8 px por módulo") { r in
            var d = mild(&r, module: r.range(2.0, 8.0))
            d.shear = r.range(-0.2, 0.2)
            d.perspectiveX = r.range(-0.12, 0.12)
            d.perspectiveY = r.range(-0.12, 0.12)
            d.rotationDegrees = r.range(-3, 3)
            return d
        },
        Category(name: "jpeg-calidad-baja", description: "JPEG de calidad 30 a 45, 2 a 8 px por módulo") { r in
            var d = mild(&r, module: r.range(2.0, 8.0))
            d.quality = r.int(in: 30...45)
            return d
        },
        Category(name: "bajo-contraste", description: "módulos 25 a 60 niveles más oscuros que el fondo, iluminación desigual") { r in
            var d = mild(&r, module: r.range(2.0, 8.0))
            d.light = r.range(150, 235)
            d.dark = d.light - r.range(25, 60)
            d.illuminationFalloff = r.range(0, 0.25)
            d.noiseSigma = r.range(1.5, 4)
            return d
        },
        Category(name: "invertido", description: "módulos claros sobre fondo oscuro, 2 a 8 px por módulo") { r in
            var d = mild(&r, module: r.range(2.0, 8.0))
            d.inverted = true
            d.rotationDegrees = r.range(-5, 5)
            return d
        },
        Category(name: "combinado", description: "todas las anteriores a la vez, en grado moderado") { r in
            var d = mild(&r, module: r.range(2.0, 8.0))
            d.blurSigma = d.moduleSize * r.range(0.1, 0.4)
            d.rotationDegrees = r.range(-10, 10)
            d.shear = r.range(-0.1, 0.1)
            d.perspectiveX = r.range(-0.08, 0.08)
            d.perspectiveY = r.range(-0.08, 0.08)
            d.quality = r.int(in: 30...90)
            d.light = r.range(170, 245)
            d.dark = d.light - r.range(40, 150)
            d.illuminationFalloff = r.range(0, 0.15)
            d.inverted = r.int(in: 0...3) == 0
            return d
        },
        Category(name: "foto-pequena-fondo-oscuro",
                 description: "foto: símbolo de 180 a 300 px en una foto mayor con fondo oscuro y desordenado, luz desigual y sombra, desenfoque 0.6 a 1.4 px, JPEG 40-80, versión 2 a 10",
                 maxVersion: 10) { r in
            var d = photo(&r, width: r.range(180, 300))
            d.blurSigma = r.range(0.6, 1.4)
            d.quality = r.int(in: 40...80)
            d.photo!.lightFalloff = r.range(0.3, 0.65)
            d.photo!.shadow = r.int(in: 0...1) == 0 ? r.range(0.25, 0.55) : 0
            d.rotationDegrees = r.range(-15, 15)
            d.perspectiveX = r.range(-0.08, 0.08)
            d.perspectiveY = r.range(-0.08, 0.08)
            return d
        },
        Category(name: "superficie-curva",
                 description: "foto: símbolo sobre un cilindro (columnas o filas comprimidas hacia los bordes) y en perspectiva, 200 a 320 px, versión 2 a 10",
                 maxVersion: 10) { r in
            var d = photo(&r, width: r.range(200, 320))
            d.photo!.cylinder = r.range(0.5, 1.05)
            d.photo!.cylinderAxisVertical = r.int(in: 0...3) != 0
            d.rotationDegrees = r.range(-8, 8)
            d.perspectiveX = r.range(-0.1, 0.1)
            d.perspectiveY = r.range(-0.1, 0.1)
            return d
        },
        Category(name: "tela",
                 description: "foto: símbolo impreso en tela (ondulación de 0.2 a 0.6 módulos, textura del tejido), 200 a 320 px, versión 2 a 10",
                 maxVersion: 10) { r in
            var d = photo(&r, width: r.range(200, 320))
            d.photo!.waveAmplitude = r.range(0.2, 0.6)
            d.photo!.wavePeriod = r.range(9, 20)
            d.photo!.weave = r.range(6, 16)
            d.photo!.weavePeriod = r.range(2, 3.5)
            d.light = r.range(170, 225)
            d.dark = r.range(35, 75)
            d.rotationDegrees = r.range(-8, 8)
            d.perspectiveX = r.range(-0.05, 0.05)
            d.perspectiveY = r.range(-0.05, 0.05)
            return d
        },
    ]

    /// A photo of a small symbol on a dark, cluttered surround under uneven light (module size
    /// set from `width` once the version is known), blur 0.4-1 px, JPEG 55-85.
    static func photo(_ r: inout SplitMix64, width: Double) -> QRScanDegradation {
        var d = QRScanDegradation(moduleSize: 4)
        d.blurSigma = r.range(0.4, 1.0)
        d.noiseSigma = r.range(2, 5)
        d.light = r.range(190, 245)
        d.dark = r.range(15, 60)
        d.quality = r.int(in: 55...85)
        var scene = QRPhotoScene(symbolWidth: width)
        scene.canvasScale = r.range(2.2, 3.4)
        scene.quietModules = r.range(1.5, 4)
        scene.surroundLevel = r.range(15, 70)
        scene.clutter = r.int(in: 4...14)
        scene.lightFalloff = r.range(0.15, 0.5)
        d.photo = scene
        return d
    }

    /// Light degradations every scan gets: slight blur and noise, JPEG quality 60-90.
    static func mild(_ r: inout SplitMix64, module: Double) -> QRScanDegradation {
        var d = QRScanDegradation(moduleSize: module)
        d.blurSigma = r.range(0.3, 0.6)
        d.noiseSigma = r.range(1, 3)
        d.light = r.range(225, 250)
        d.dark = r.range(10, 50)
        d.quality = r.int(in: 60...90)
        d.margin = r.int(in: 10...60)
        return d
    }

    /// One scan: its category, file (relative to the set's folder), payload and parameters.
    public struct Entry: Sendable {
        public let category: String
        public let file: String
        public let payload: [UInt8]
        public let version: Int
        let degradation: QRScanDegradation

        var manifestLine: String {
            let d = degradation
            let hex = payload.map { String(format: "%02x", $0) }.joined()
            let fields: [String] = [category, file, hex, String(version), String(format: "%.2f", d.moduleSize),
                                    String(format: "%.2f", d.blurSigma), String(format: "%.1f", d.rotationDegrees),
                                    String(format: "%.2f", d.shear), String(format: "%.3f", d.perspectiveX),
                                    String(format: "%.3f", d.perspectiveY), String(format: "%.0f", d.light - d.dark),
                                    d.inverted ? "1" : "0", String(d.quality)]
            return fields.joined(separator: "\t")
        }

        static let manifestHeader = "category\tfile\tpayload_hex\tversion\tmodule_px\tblur_sigma\trotation_deg\tshear\tperspective_x\tperspective_y\tcontrast\tinverted\tquality"
    }

    public enum SetError: Error, CustomStringConvertible {
        case folderNotEmpty(String)
        public var description: String {
            switch self {
            case .folderNotEmpty(let path):
                "\(path) no está vacía y no es un conjunto de QR generado antes (sin \(manifestName)); no se escribió nada."
            }
        }
    }

    /// Writes `perCategory` scans per category into `directory` (new, empty, or a set written
    /// before), one sub-folder per category, and the manifest. Returns the entries.
    @discardableResult
    public static func write(to directory: URL, seed: UInt64, perCategory: Int = defaultPerCategory) throws -> [Entry] {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: directory.path), !existing.isEmpty,
           !existing.contains(manifestName) {
            throw SetError.folderNotEmpty(directory.path)
        }
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        var entries: [Entry] = []
        for (index, category) in categories.enumerated() {
            let folder = directory.appendingPathComponent(category.name, isDirectory: true)
            if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
            try manager.createDirectory(at: folder, withIntermediateDirectories: false)
            for item in 0..<perCategory {
                let (entry, jpeg) = try scan(categoryIndex: index, item: item, seed: seed)
                try Data(jpeg).write(to: directory.appendingPathComponent(entry.file))
                entries.append(entry)
            }
        }
        let manifest = ([Entry.manifestHeader] + entries.map(\.manifestLine)).joined(separator: "\n") + "\n"
        try Data(manifest.utf8).write(to: directory.appendingPathComponent(manifestName))
        return entries
    }

    /// Scan `item` of category `categoryIndex` of the set of `seed`, as JPEG bytes.
    static func scan(categoryIndex: Int, item: Int, seed: UInt64) throws -> (entry: Entry, jpeg: [UInt8]) {
        var random = random(categoryIndex: categoryIndex, item: item, seed: seed)
        let (entry, matrix) = try scan(categories[categoryIndex], item: item, random: &random)
        let image = QRScanRenderer.render(matrix, entry.degradation, seed: random.next())
        let jpeg = try JPEGCodec.encode(RasterImage(image), quality: entry.degradation.quality,
                                        density: PixelDensity(unit: .perInch, x: 300, y: 300))
        return (entry, jpeg)
    }

    /// The modules of scan `item` of category `categoryIndex` of the set of `seed` (the truth a
    /// test compares a sampled grid with).
    static func matrix(categoryIndex: Int, item: Int, seed: UInt64) throws -> QRMatrix {
        var random = random(categoryIndex: categoryIndex, item: item, seed: seed)
        return try scan(categories[categoryIndex], item: item, random: &random).matrix
    }

    private static func random(categoryIndex: Int, item: Int, seed: UInt64) -> SplitMix64 {
        SplitMix64(seed: seed &* 0x9E37_79B9 &+ UInt64(categoryIndex * 10_000 + item))
    }

    static func scan(_ category: Category, item: Int, random r: inout SplitMix64) throws -> (entry: Entry, matrix: QRMatrix) {
        let version = r.int(in: 2...category.maxVersion)
        let level: QRErrorCorrection = [.low, .medium, .quartile, .high][r.int(in: 0...3)]
        var payload = randomPayload(&r, length: r.int(in: 8...60))
        var matrix = try QRGenerator.modules(for: payload, level: level, minimumVersion: version)
        // Shorten until the payload fits the chosen version.
        while matrix.size > 17 + 4 * version, payload.count > 4 {
            payload.removeLast(min(4, payload.count - 4))
            matrix = try QRGenerator.modules(for: payload, level: level, minimumVersion: version)
        }
        var degradation = category.make(&r)
        if let scene = degradation.photo { degradation.moduleSize = scene.symbolWidth / Double(matrix.size) }
        let file = "\(category.name)/\(String(format: "%03d", item)).jpg"
        return (Entry(category: category.name, file: file, payload: payload, version: (matrix.size - 17) / 4,
                      degradation: degradation), matrix)
    }

    /// Printable text with Spanish letters: mostly UTF-8, one payload in five in Latin-1.
    static func randomPayload(_ r: inout SplitMix64, length: Int) -> [UInt8] {
        let ascii = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -_/:.?=&|")
        let accented: [Character] = ["á", "é", "í", "ó", "ú", "ñ", "Ñ", "Ü", "É"]
        var text = ""
        while text.unicodeScalars.count < length {
            text.append(r.int(in: 0...9) == 0 ? accented[r.int(in: 0...(accented.count - 1))] : ascii[r.int(in: 0...(ascii.count - 1))])
        }
        if r.int(in: 0...4) == 0 { return text.unicodeScalars.map { UInt8($0.value) } }
        return Array(text.utf8)
    }
}

extension SplitMix64 {
    /// Uniform value in [low, high).
    mutating func range(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }
}
