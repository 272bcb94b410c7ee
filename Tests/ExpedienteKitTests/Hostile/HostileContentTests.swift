@testable import ExpedienteKit
import ExpedienteSamples
import Foundation
import Testing

/// Damaged and hostile JPEGs named like a document: each one becomes a precise finding
/// on that file, the whole folder is still checked and the check finishes.
@Suite(.timeLimit(.minutes(5))) struct HostileContentTests {
    private static let page = TestPages.validLetter

    /// The hostile bytes as `CURP.JPG`, alone in its folder: every stage of its pipeline runs.
    private func check(_ bytes: [UInt8], options: CheckOptions = .default) throws -> ExpedienteReport {
        let folder = try TemporaryFolder()
        try folder.write("CURP.JPG", bytes)
        return try ExpedienteChecker(convocatoria: Checking.convocatoria, options: options).check(folder: folder.url)
    }

    /// Among valid documents, a hostile file is a finding on that file only: every other document
    /// is checked as usual and the check finishes.
    @Test func aHostileFileLeavesTheRestOfTheFolderChecked() throws {
        let folder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder, except: ["CURP"])
        try folder.write("CURP.JPG", try HostileBytes.corruptEntropy(Self.page))
        let report = try Checking.check(folder)
        #expect(report.checks(for: "CURP.JPG") == [.integrityCorrupt])
        HostileReport.expectOthersUntouched(report, except: "CURP.JPG")
    }

    // MARK: Empty and truncated

    @Test func aZeroByteFileIsEmpty() throws {
        let report = try check([])
        HostileReport.expect(report, checks: [.sizeEmpty])
    }

    /// Every cut of a real page gives a finding; only a cut after the end-of-image marker may give none.
    @Test func aPageTruncatedAtAnyPointGivesAFinding() throws {
        let page = Self.page
        var offsets = Set([0, 1, 2, 3, 4, 5, 6, page.count - 2, page.count - 1])
        for step in 1..<50 { offsets.insert(page.count * step / 50) }
        // Only CURP.JPG in the folder: every stage of its pipeline runs, the rest are just missing.
        let folder = try TemporaryFolder()
        let checker = try ExpedienteChecker(convocatoria: Checking.convocatoria)
        for offset in offsets.sorted() {
            try folder.write("CURP.JPG", Array(page.prefix(offset)))
            let checks = try checker.check(folder: folder.url).checks(for: "CURP.JPG")
            let expected: Set<CheckID> = switch offset {
            case 0: [.sizeEmpty]
            case 1: [.typeNotJPEG]  // a lone 0xFF byte is nothing recognisable
            default: [.jpegHeader, .integrityTruncated]
            }
            #expect(checks.count == 1 && expected.contains(checks[0]), "cut at \(offset) of \(page.count): \(checks)")
        }
        // Cutting only padding after the end-of-image marker is not damage.
        try folder.write("CURP.JPG", Array((page + [UInt8](repeating: 0, count: 100)).prefix(page.count + 50)))
        #expect(try checker.check(folder: folder.url).checks(for: "CURP.JPG") == [])
    }

    @Test(arguments: [2, 3, 20, 150])
    func aCutInsideTheHeaderSaysTheFileIsCut(offset: Int) throws {
        let report = try check(Array(Self.page.prefix(offset)))
        HostileReport.expect(report, checks: [.jpegHeader])
        let message = HostileReport.message(report, .jpegHeader)
        #expect(message.contains("está cortado") && message.contains("termina a los \(offset) bytes"), "\(message)")
    }

    @Test(arguments: [0.1, 0.5, 0.99])
    func aPageCutInItsImageDataIsTruncated(fraction: Double) throws {
        let report = try check(Array(Self.page.prefix(Int(Double(Self.page.count) * fraction))))
        HostileReport.expect(report, checks: [.integrityTruncated])
    }

    // MARK: Damaged data and markers

    @Test func corruptEntropyDataIsReported() throws {
        let report = try check(try HostileBytes.corruptEntropy(Self.page))
        HostileReport.expect(report, checks: [.integrityCorrupt])
        #expect(HostileReport.message(report, .integrityCorrupt).contains("advertencia(s) de libjpeg"))
    }

    /// What each damage gives: libjpeg skips a JFIF segment whose length is wrong (its density is lost).
    enum MarkerDamage: String, CaseIterable, CustomTestStringConvertible {
        case noSOI, noDQT, noDHT, noSOF, noSOS, noEOI, shortAPP0, shortSOF, restartOutOfPlace
        var testDescription: String { rawValue }

        func apply(to page: [UInt8]) throws -> [UInt8] {
            switch self {
            case .noSOI: return Array(page.dropFirst(2))
            case .noDQT: return HostileBytes.removing(0xDB, from: page)
            case .noDHT: return HostileBytes.removing(0xC4, from: page)
            case .noSOF: return HostileBytes.removing(0xC0, from: page)
            case .noSOS: return HostileBytes.removing(0xDA, from: page)
            case .noEOI: return Array(page.dropLast(2))
            case .shortAPP0, .shortSOF:
                var bytes = page
                let segment = try #require(self == .shortAPP0 ? HostileBytes.first(0xE0, in: page) : HostileBytes.frame(in: page))
                bytes.replaceSubrange((segment.offset + 2)...(segment.offset + 3), with: [0x00, 0x02])
                return bytes
            case .restartOutOfPlace:
                let sos = try #require(HostileBytes.first(0xDA, in: page))
                var bytes = page
                bytes.insert(contentsOf: [0xFF, 0xD3], at: (sos.offset + sos.end) / 2)
                return bytes
            }
        }

        var expected: [CheckID] {
            switch self {
            case .noSOI: [.typeNotJPEG]
            case .noDQT: [.integrityDecodeFailed]
            case .noDHT, .restartOutOfPlace: [.integrityCorrupt]
            case .noSOF, .noSOS, .shortSOF: [.jpegHeader]
            case .shortAPP0: [.resolutionInferred, .integrityCorrupt]
            case .noEOI: [.integrityTruncated]
            }
        }
    }

    @Test(arguments: MarkerDamage.allCases)
    func badOrMissingMarkersAreFindings(damage: MarkerDamage) throws {
        let report = try check(try damage.apply(to: Self.page))
        HostileReport.expect(report, checks: damage.expected)
    }

    // MARK: Resource attacks

    @Test func aHeaderClaiming60000By60000PixelsIsNotDecoded() throws {
        let bytes = try HostileBytes.claimingSize(width: 60_000, height: 60_000)
        #expect(bytes.count < 400)
        let report = try check(bytes)
        HostileReport.expect(report, checks: [.integrityDecodeFailed])
        let message = HostileReport.message(report, .integrityDecodeFailed)
        #expect(message.contains("60000 × 60000") && message.contains("límite de seguridad de 100 megapíxeles"), "\(message)")
    }

    @Test func thousandsOfProgressiveScansStopAtTheScanLimit() throws {
        let bytes = try HostileBytes.progressive(scans: 5000, page: try TestPages.letter(progressive: true))
        #expect(JPEGLayout.parse(bytes).scanCount == 5000)
        #expect(bytes.count < 409_600, "small enough to pass the size check: the scans alone must be stopped")
        let report = try check(bytes)
        HostileReport.expect(report, checks: [.integrityDecodeFailed])
        let message = HostileReport.message(report, .integrityDecodeFailed)
        #expect(message.contains("5000 barridos") && message.contains("límite de seguridad de 1000"), "\(message)")
    }

    // MARK: Variants browsers do not show

    @Test func arithmeticCodingIsReported() throws {
        let report = try check(try TestPages.letter(arithmetic: true))
        HostileReport.expect(report, checks: [.jpegArithmetic])
    }

    @Test(arguments: [
        (UInt8(0xC1), UInt8(12), "12 bits por muestra"),
        (UInt8(0xC2), UInt8(12), "12 bits por muestra"),
        (UInt8(0xC3), UInt8(8), "sin pérdida (SOF3"),
        (UInt8(0xC5), UInt8(8), "jerárquico (SOF5)"),
    ])
    func twelveBitLosslessAndHierarchicalFilesAreNamed(marker: UInt8, precision: UInt8, words: String) throws {
        let report = try check(try HostileBytes.page(sof: marker, precision: precision))
        HostileReport.expect(report, checks: [.jpegHeader])
        let message = HostileReport.message(report, .jpegHeader)
        #expect(message.contains(words), "\(message)")
    }

    @Test func cmykIsReported() throws {
        let report = try check(try TestPages.letter(cmyk: true))
        HostileReport.expect(report, checks: [.jpegColorSpace])
        #expect(HostileReport.message(report, .jpegColorSpace).contains("CMYK"))
    }

    @Test func ycckIsReported() throws {
        let bytes = try HostileBytes.ycck()
        #expect(try JPEGCodec.readHeader(bytes).colorSpace == .ycck)
        let report = try check(bytes)
        HostileReport.expect(report, checks: [.jpegColorSpace])
        #expect(HostileReport.message(report, .jpegColorSpace).contains("YCCK"))
    }

    // MARK: After the end of the image

    @Test func aSecondJPEGAppendedIsTrailingData() throws {
        let second = try HostileBytes.tiny()
        let report = try check(Self.page + second)
        HostileReport.expect(report, checks: [.integrityTrailingData])
        #expect(HostileReport.message(report, .integrityTrailingData) == "Después del fin de la imagen hay \(second.count) bytes de otra imagen JPEG.")
    }

    @Test(arguments: [
        ("ZIP", ForeignFormats.zip(fileName: "nota.txt", contents: Array("hola".utf8)), "un archivo ZIP"),
        ("script", HostileBytes.script, "datos desconocidos"),
        ("PDF", ForeignFormats.pdf(text: "oculto"), "un documento PDF"),
    ])
    func dataAfterTheEndOfImageIsTrailingData(name: String, appended: [UInt8], what: String) throws {
        let report = try check(Self.page + appended)
        HostileReport.expect(report, checks: [.integrityTrailingData])
        #expect(HostileReport.message(report, .integrityTrailingData) == "Después del fin de la imagen hay \(appended.count) bytes de \(what).")
    }

    // MARK: Huge metadata in a valid file

    @Test func aHugeHostileExifSegmentIsHarmless() throws {
        let exif = HostileBytes.hostileExif(size: 65_533)
        // With a JFIF density the page is simply valid.
        HostileReport.expect(try check(try TestPages.letter(extraMarkers: [(0xE1, exif)])), checks: [])
        // Without one, the hostile Exif is read, gives nothing usable, and the page size decides.
        let report = try check(try TestPages.letter(density: .some(nil), extraMarkers: [(0xE1, exif)]))
        HostileReport.expect(report, checks: [.resolutionInferred])
    }

    @Test func aHugeICCProfileIsHarmless() throws {
        let bytes = try TestPages.letter(extraMarkers: HostileBytes.iccMarkers(chunks: 4))
        #expect(bytes.count > 250_000 && bytes.count < 409_600)
        HostileReport.expect(try check(bytes), checks: [])
    }
}
