@testable import ExpedienteKit
import Foundation
import Testing

/// The safety limits (bytes read, pixels, scans, libjpeg memory) turn a hostile file into a
/// finding that names the limit, instead of work.
@Suite(.timeLimit(.minutes(5))) struct HostileLimitsTests {
    /// The hostile bytes as `CURP.JPG`, alone in its folder: every stage of its pipeline runs.
    private func check(_ bytes: [UInt8], options: CheckOptions) throws -> ExpedienteReport {
        let folder = try TemporaryFolder()
        try folder.write("CURP.JPG", bytes)
        return try ExpedienteChecker(convocatoria: Checking.convocatoria, options: options).check(folder: folder.url)
    }

    /// A real JPEG of at least 3 MiB: noise does not compress.
    private static let noisyJPEG: [UInt8] = {
        let width = 2000, height = 2000
        var state: UInt32 = 0x1234_5678
        var pixels = [UInt8](repeating: 0, count: width * height)
        for i in pixels.indices {
            state ^= state << 13; state ^= state >> 17; state ^= state << 5
            pixels[i] = UInt8(truncatingIfNeeded: state)
        }
        return try! JPEGCodec.encode(RasterImage(width: width, height: height, components: 1, pixels: pixels), quality: 100,
                                     density: PixelDensity(unit: .perInch, x: 300, y: 300))
    }()

    @Test func theReaderNeverHoldsMoreThanTheLimit() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("GRANDE.JPG", [UInt8](repeating: 0xAB, count: 3 << 20))
        let result = try BoundedReader.read(file, limit: 1 << 20).get()
        #expect(result.bytes.count == 1 << 20 && result.cut)
        let whole = try BoundedReader.read(file, limit: 3 << 20).get()
        #expect(whole.bytes.count == 3 << 20 && !whole.cut)
    }

    @Test func anImageLargerThanTheReadLimitIsAFindingNotATruncation() throws {
        let bytes = Self.noisyJPEG
        #expect(bytes.count >= 3 << 20)
        let report = try check(bytes, options: CheckOptions(maxReadBytes: 1 << 20))
        HostileReport.expect(report, checks: [.sizeMaxBytes, .integrityDecodeFailed])
        let message = HostileReport.message(report, .integrityDecodeFailed)
        #expect(message.contains("límite de lectura de seguridad de 1 MiB") && message.contains("pesa \(bytes.count) bytes"), "\(message)")
        // With the default limit the same file is read whole and decodes: it is nothing but noise.
        HostileReport.expect(try check(bytes, options: .default), checks: [.sizeMaxBytes, .qualityNoise])
    }

    @Test func aHeaderLongerThanTheReadLimitIsAFinding() throws {
        // 2.5 MiB of ICC profile before the frame header.
        let bytes = try TestPages.letter(extraMarkers: HostileBytes.iccMarkers(chunks: 40))
        let report = try check(bytes, options: CheckOptions(maxReadBytes: 1 << 20))
        HostileReport.expect(report, checks: [.sizeMaxBytes, .jpegHeader])
        #expect(HostileReport.message(report, .jpegHeader).contains("límite de lectura de seguridad de 1 MiB"))
    }

    @Test func trailingDataPastTheReadLimitIsCountedFromTheFileSize() throws {
        let page = TestPages.validLetter
        let junk = [UInt8](repeating: 0x5A, count: 3 << 20)
        let report = try check(page + junk, options: CheckOptions(maxReadBytes: 1 << 20))
        HostileReport.expect(report, checks: [.sizeMaxBytes, .integrityTrailingData])
        #expect(HostileReport.message(report, .integrityTrailingData).contains("hay \(junk.count) bytes"))
    }

    @Test func theMaximumPixelsLimitIsAFinding() throws {
        // A 360 ppp page is 3060 × 3960 = 12.1 megapixels; the 300 ppp pages (8.4) still pass.
        let report = try check(try TestPages.letter(dpi: 360), options: CheckOptions(decodeLimits: DecodeLimits(maxPixels: 9_000_000)))
        HostileReport.expect(report, checks: [.integrityDecodeFailed])
        let message = HostileReport.message(report, .integrityDecodeFailed)
        #expect(message.contains("3060 × 3960 píxeles (12 megapíxeles), más que el límite de seguridad de 9 megapíxeles"), "\(message)")
    }

    @Test func theMaximumScansLimitIsAFinding() throws {
        let progressive = try TestPages.letter(progressive: true)
        let scans = JPEGLayout.parse(progressive).scanCount
        let report = try check(progressive, options: CheckOptions(decodeLimits: DecodeLimits(maxScans: scans - 1)))
        HostileReport.expect(report, checks: [.integrityDecodeFailed])
        let message = HostileReport.message(report, .integrityDecodeFailed)
        #expect(message.contains("tiene \(scans) barridos (scans) progresivos, más que el límite de seguridad de \(scans - 1)"), "\(message)")
    }

    @Test func theLibjpegMemoryLimitIsAFinding() throws {
        // A progressive page keeps every coefficient in memory (about 17 MB); baseline pages stream.
        let report = try check(try TestPages.letter(progressive: true), options: CheckOptions(decodeLimits: DecodeLimits(maxMemory: 4 << 20)))
        HostileReport.expect(report, checks: [.integrityDecodeFailed])
        let message = HostileReport.message(report, .integrityDecodeFailed)
        #expect(message.contains("más memoria que el límite de seguridad de 4 MiB"), "\(message)")
    }

    /// A ~170 KB file that declares 10000 × 10000 pixels (100 MP, at the pixel limit) with 1000
    /// progressive scans (at the scan limit) meets each limit alone, but without the work budget
    /// (scans × pixels) one decode took 10-20 s of CPU and 250 MB; the budget stops it at scan 21.
    @Test func aProgressiveBombAtEveryLimitIsStoppedEarly() throws {
        var page = try JPEGCodec.encode(RasterImage(GrayImage(width: 64, height: 64, fill: 200)), quality: 80,
                                        density: PixelDensity(unit: .perInch, x: 300, y: 300), progressive: true)
        let sof = try #require(HostileBytes.frame(in: page))
        page.replaceSubrange((sof.offset + 5)...(sof.offset + 8), with: [0x27, 0x10, 0x27, 0x10]) // 10000 × 10000
        let bytes = try HostileBytes.progressive(scans: 1000, page: page)
        #expect(bytes.count < 409_600)
        let report = try check(bytes, options: .default)
        HostileReport.expect(report, checks: [.integrityDecodeFailed])
        let message = try #require(report.observations.first { $0.checkID == .integrityDecodeFailed }?.message)
        #expect(message.contains("límite de trabajo"), "stopped by the work budget: \(message)")
    }
}
