import Dispatch
import ExpedienteKit
import Foundation

/// One page of the `fix` benchmark: a clean page (the reference, lossless PNG) and the scan an
/// applicant would have, noisy, tinted and well over 400 KB (`expediente-samples --fix-set DIR`).
public struct FixBenchCase: Sendable {
    public let name: String
    public let category: String
    let options: PageOptions
    /// Applied to the clean page to make the scan (the photo's table goes into the reference).
    let scan: FixBenchScan
    let quality: Int
    /// The density the scan declares (72 for a phone photo, whatever its pixels).
    let density: DensityEncoding

    public var inputName: String { "\(name).jpg" }
    public var referenceName: String { "\(name).ref.png" }
}

struct FixBenchScan: Sendable {
    /// Per-channel gain of the paper (a warm, greyish sheet) and its fall-off top to bottom.
    var tint: [Double]
    var fade: Double
    /// Extra darkening at the corners (a phone's lighting), 0 for a flatbed.
    var vignette = 0.0
    var noise: Double
    /// The page on a table, as a photo takes it (applied to the reference as well).
    var table: (scale: Double, level: UInt8)? = nil
}

public enum FixBenchSet {
    public static let manifestName = "manifest.tsv"

    public static func cases(seed: UInt64 = 1) -> [FixBenchCase] {
        var all: [FixBenchCase] = []
        func add(_ category: String, _ kind: SampleDocumentKind, color: Bool, dpi: Int = 300, quality: Int = 92,
                 density: DensityEncoding = .jfifInch, _ scan: FixBenchScan) {
            let options = PageOptions(kind: kind, dpi: dpi, color: color, noiseSeed: seed &* 0x9E37_79B9 &+ UInt64(all.count + 1))
            var clean = options
            clean.aged = false
            all.append(FixBenchCase(name: "\(category)-\(kind.rawValue)", category: category, options: clean, scan: scan,
                                    quality: quality, density: density))
        }
        let warm = [0.96, 0.93, 0.86], grey = [0.9, 0.9, 0.9]
        add("gris-ruido", .actaNacimiento, color: false, FixBenchScan(tint: grey, fade: 0.05, noise: 8))
        add("gris-ruido", .certificado, color: false, FixBenchScan(tint: grey, fade: 0.04, noise: 12))
        add("color-ruido", .cedula, color: true, FixBenchScan(tint: warm, fade: 0.05, noise: 8))
        add("color-ruido", .internado, color: true, FixBenchScan(tint: warm, fade: 0.04, noise: 10))
        add("600ppp", .curp, color: false, dpi: 600, FixBenchScan(tint: grey, fade: 0.03, noise: 5))
        add("600ppp", .titulo1, color: true, dpi: 600, FixBenchScan(tint: warm, fade: 0.03, noise: 5))
        add("foto", .solicitud, color: true, quality: 90, density: .jfif(unit: .perInch, x: 72, y: 72),
            FixBenchScan(tint: warm, fade: 0.02, vignette: 0.22, noise: 7, table: (0.9, 70)))
        add("foto", .servicioSocial, color: true, quality: 90, density: .jfif(unit: .perInch, x: 72, y: 72),
            FixBenchScan(tint: warm, fade: 0.02, vignette: 0.18, noise: 9, table: (0.92, 55)))
        return all
    }

    /// Writes each case's reference PNG and scan JPEG into `directory` with `manifest.tsv`
    /// (name, category, input, reference, input bytes).
    public static func write(to directory: URL, seed: UInt64 = 1) throws -> [FixBenchCase] {
        let all = cases(seed: seed)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sizes = SizeBox(count: all.count)
        DispatchQueue.concurrentPerform(iterations: all.count) { index in
            let item = all[index]
            do {
                var reference = try SamplePages.raster(item.options)
                if let table = item.scan.table { reference = PageDegradation.onTable(scale: table.scale, table: table.level).apply(to: reference) }
                let scan = degrade(reference, item.scan, seed: UInt64(index + 1))
                let input = try SamplePages.encode(scan, dpi: item.options.dpi, quality: item.quality, density: item.density)
                try SampleWriter.writeFile(try PNGCodec.encode(reference, dpi: item.options.dpi),
                                           path: directory.appendingPathComponent(item.referenceName).path)
                try SampleWriter.writeFile(input, path: directory.appendingPathComponent(item.inputName).path)
                sizes.set(index, input.count)
            } catch {
                sizes.fail(error)
            }
        }
        if let error = sizes.error { throw error }
        var manifest = "name\tcategory\tinput\treference\tbytes\n"
        for (index, item) in all.enumerated() {
            manifest += "\(item.name)\t\(item.category)\t\(item.inputName)\t\(item.referenceName)\t\(sizes.values[index])\n"
        }
        try Data(manifest.utf8).write(to: directory.appendingPathComponent(manifestName))
        return all
    }

    /// The scan: the paper's tint and fall-off (and a phone's vignette) multiply every level,
    /// then Gaussian sensor noise.
    static func degrade(_ image: RasterImage, _ scan: FixBenchScan, seed: UInt64) -> RasterImage {
        var out = image
        let (w, h, c) = (image.width, image.height, image.components)
        let tint = c == 1 ? [scan.tint.reduce(0, +) / 3] : scan.tint
        out.pixels.withUnsafeMutableBufferPointer { p in
            for y in 0..<h {
                let row = 1 - scan.fade * Double(y) / Double(h)
                let dy = (Double(y) / Double(h) - 0.5) * 2
                for x in 0..<w {
                    let dx = (Double(x) / Double(w) - 0.5) * 2
                    let light = row * (1 - scan.vignette * (dx * dx + dy * dy) / 2)
                    for k in 0..<c {
                        let i = (y * w + x) * c + k
                        p[i] = UInt8(clamping: Int((Double(p[i]) * tint[k] * light).rounded()))
                    }
                }
            }
        }
        return PageDegradation.noise(sigma: scan.noise, seed: seed).apply(to: out)
    }

    private final class SizeBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Int]
        private(set) var error: (any Error)?

        init(count: Int) { values = Array(repeating: 0, count: count) }
        func set(_ index: Int, _ value: Int) { lock.withLock { values[index] = value } }
        func fail(_ failure: any Error) { lock.withLock { if error == nil { error = failure } } }
    }
}
