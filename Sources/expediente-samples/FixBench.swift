import ExpedienteCommandLine
import ExpedienteKit
import ExpedienteSamples
import Foundation

/// The developer entries of `scripts/bench-fix`: write the set, run the engine on it, score a
/// folder of outputs. Results go to standard output as tab-separated lines.
enum FixBench {
    static func writeSet(_ path: String, seed: UInt64) throws {
        let cases = try FixBenchSet.write(to: URL(fileURLWithPath: path), seed: seed)
        printError("\(cases.count) página(s) de prueba de fix en \(TerminalText.safe(path)) (semilla \(seed)); lista en \(FixBenchSet.manifestName).")
    }

    /// One `PageRepair.repair` per input, one after another on this thread; the QR texts the
    /// guard keeps are the input's own (read before the clock starts).
    static func run(_ set: String, output: String) throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        print("name\tseconds\tcpu\toutcome\tquality\tchanges")
        for row in try manifest(set) {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: set).appendingPathComponent(row.input)))
            let texts = (try? JPEGCodec.decodeGray(bytes)).map { QRScanner.read($0.image).codes.map(\.text) } ?? []
            let start = DispatchTime.now().uptimeNanoseconds, cpuStart = threadCPUSeconds()
            let result = PageRepair.repair(bytes, request: PageRepairRequest(qrTexts: texts))
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpu = threadCPUSeconds() - cpuStart
            let outcome: String
            switch result.outcome {
            case .unchanged:
                outcome = "unchanged"
                try Data(bytes).write(to: URL(fileURLWithPath: output).appendingPathComponent(row.input))
            case .rewritten(let repaired):
                outcome = "rewritten"
                try Data(repaired).write(to: URL(fileURLWithPath: output).appendingPathComponent(row.input))
            case .refused(let reason):
                outcome = "refused: \(reason)"
            }
            let changes = result.changes.map(describe).joined(separator: ", ")
            print("\(row.name)\t\(String(format: "%.3f", seconds))\t\(String(format: "%.3f", cpu))\t\(outcome)\t\(result.after?.quality.map(String.init) ?? "-")\t\(changes)")
        }
    }

    /// CPU time of this thread: the engine runs on the caller's thread only, so this is its cost on
    /// one core whatever else the machine is doing.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// A change in a few Spanish words, for the benchmark's table.
    static func describe(_ change: PageChange) -> String {
        switch change {
        case .converted(let from): "de \(from)"
        case .recompressed(let quality): "calidad \(quality)"
        case .denoised: "sin ruido"
        case .paperLifted: "papel a blanco"
        case .toGray: "a gris"
        case .cmykToRGB: "CMYK a RGB"
        case .densitySet(let from, let to): "ppp \(from.map(String.init) ?? "ninguna") → \(to)"
        case .resampled(let from, let to): "\(from) → \(to) ppp"
        case .orientationApplied(let value): "orientación \(value)"
        case .trailingDataDropped(let bytes): "sin \(bytes) bytes al final"
        case .metadataDropped(let bytes): "sin \(bytes) bytes de metadatos"
        }
    }

    /// Bytes, declared density, size, and PSNR/SSIM against the reference of each output in `output`.
    static func score(_ set: String, output: String) throws {
        print("name\tcategory\tbytes\tdpi\twidth\theight\tpsnr\tssim")
        for row in try manifest(set) {
            let file = URL(fileURLWithPath: output).appendingPathComponent(row.input)
            guard let bytes = try? [UInt8](Data(contentsOf: file)) else {
                print("\(row.name)\t\(row.category)\t-\t-\t-\t-\t-\t-")
                continue
            }
            let reference = try PNGCodec.decode(try [UInt8](Data(contentsOf: URL(fileURLWithPath: set).appendingPathComponent(row.reference)))).raster
            let header = try? JPEGCodec.readHeader(bytes)
            // "1:1": a JFIF marker with only an aspect ratio; "-": no JFIF marker.
            let dpi = header?.jfifDensity.map { $0.dpi.map { String(Int($0.rounded())) } ?? "1:1" } ?? "-"
            guard let image = try? JPEGCodec.decodeImage(bytes).image,
                  let score = FixBenchScore.score(reference: reference, output: image) else {
                print("\(row.name)\t\(row.category)\t\(bytes.count)\t\(dpi)\t-\t-\t-\t-")
                continue
            }
            print("\(row.name)\t\(row.category)\t\(bytes.count)\t\(dpi)\t\(image.width)\t\(image.height)\t"
                + "\(String(format: "%.2f", score.psnr))\t\(String(format: "%.4f", score.ssim))")
        }
    }

    private static func manifest(_ set: String) throws -> [(name: String, category: String, input: String, reference: String)] {
        let text = try String(contentsOfFile: (set as NSString).appendingPathComponent(FixBenchSet.manifestName), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (f[0], f[1], f[2], f[3])
        }
    }
}
