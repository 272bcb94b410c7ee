import ExpedienteKit
import Foundation
import Testing

/// Replays every input kept in `Fuzz/regressions/` (crashers and interesting inputs found by
/// `scripts/fuzz`, see README "Fuzzing") through each stage that reads untrusted bytes and through
/// the whole pipeline. None may crash; a damaged file must get a finding of its own.
@Suite(.timeLimit(.minutes(5))) struct FuzzRegressionTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let regressions = repository.appendingPathComponent("Fuzz/regressions")

    /// Paths relative to `Fuzz/regressions`, sorted.
    static let inputs: [String] = {
        guard let walker = FileManager.default.enumerator(at: regressions, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let base = regressions.standardizedFileURL.path + "/"
        return walker.compactMap { item -> String? in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  url.pathExtension.lowercased() != "md" else { return nil }
            return String(url.standardizedFileURL.path.dropFirst(base.count))
        }.sorted()
    }()

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: regressions.appendingPathComponent(name)))
    }

    @Test func theRegressionFolderHasInputs() {
        #expect(Self.inputs.count >= 10, "Fuzz/regressions should hold the kept fuzzer inputs")
    }

    /// Every parser and decoder the pipeline uses, called directly.
    @Test(arguments: inputs) func stagesNeverCrash(_ name: String) throws {
        let bytes = try Self.bytes(name)
        let layout = JPEGLayout.parse(bytes)
        if let end = layout.endOfImageOffset {
            #expect(end <= bytes.count && end + layout.trailingByteCount == bytes.count)
        }
        if let exif = layout.exif { _ = ExifResolution.density(in: exif) }
        _ = ExifResolution.density(in: bytes)
        _ = try? JPEGCodec.readHeader(bytes)
        for scale in [1, 2] {
            guard let decoded = try? JPEGCodec.decodeGray(bytes, scaleDenominator: scale) else { continue }
            let image = decoded.image
            #expect(image.pixels.count == image.width * image.height)
            #expect(decoded.warningCount == 0 || decoded.firstWarning != nil)
            _ = QRScanner.scan(image)
            _ = QRFinderDetector.looksLikeQR(image)
        }
    }

    /// The whole check, with the input as CURP.JPG of an otherwise empty folder.
    @Test(arguments: inputs) func thePipelineReportsTheFile(_ name: String) throws {
        let bytes = try Self.bytes(name)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("expediente-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent("CURP.JPG"))

        let convocatoria = try RulesLoader.load(folder: Self.repository.appendingPathComponent("Rules/enarm-xlviii-2025-2026"))
        let report = try ExpedienteChecker(convocatoria: convocatoria).check(folder: folder)
        let findings = report.observations.filter { $0.file == "CURP.JPG" }.map(\.check)

        // What libjpeg makes of the file decides whether a finding is required.
        let damaged: Bool
        if (try? JPEGCodec.readHeader(bytes)) == nil {
            damaged = true
        } else if let decoded = try? JPEGCodec.decodeGray(bytes, scaleDenominator: 2) {
            damaged = decoded.warningCount > 0
        } else {
            damaged = true
        }
        // An intact JPEG may come out clean; a damaged one never.
        if damaged {
            #expect(!findings.isEmpty, "\(name): damaged, but no finding for CURP.JPG")
        }
        #expect(report.observations.allSatisfy { $0.file == nil || $0.file == "CURP.JPG" })
    }

    /// Found by scripts/malformed-corpus: one bit flipped in the entropy data of a baseline JPEG
    /// (SampleDocs/01-valido/IDENTIFICACION1.JPG, byte 19027) decoded with no warning, because with
    /// the whole file in memory libjpeg-turbo took its fast Huffman path, which maps an invalid code
    /// to 0 silently. The C shim now feeds libjpeg 256-byte chunks (all but the last 16 KB), so the
    /// checking path runs and reports it.
    @Test func aBadHuffmanCodeIsReportedAtEveryScale() throws {
        let bytes = try Self.bytes("jpeg/huffman-bad-code-fast-path.jpg")
        for scale in [1, 2, 4, 8] {
            let decoded = try JPEGCodec.decodeGray(bytes, scaleDenominator: scale)
            #expect(decoded.corrupt, "scale 1/\(scale)")
            #expect(decoded.firstWarning?.contains("Huffman") == true, "scale 1/\(scale)")
        }
    }
}
