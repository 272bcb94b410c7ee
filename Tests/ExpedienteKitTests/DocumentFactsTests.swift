@testable import ExpedienteKit
import Foundation
import Testing

/// The facts of each document come from the pipeline, survive the result store, and the
/// thumbnails are small JPEGs made only on request.
@Suite struct DocumentFactsTests {
    @Test func factsAreWhatThePipelineMeasured() throws {
        let folder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder)
        let report = try Checking.check(folder)
        let enarm = try #require(report.documents.first { $0.kind == "PUNTAJENARM" })
        let facts = try #require(enarm.facts)
        let size = try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent("PUNTAJENARM.JPG").path)[.size] as? Int
        #expect(facts.bytes == size)
        let header = try JPEGCodec.readHeader(TestPages.validLetterWithQR)
        #expect(facts.width == header.width && facts.height == header.height)
        #expect(facts.color == header.colorSpace.rawValue)
        #expect(facts.dpi != nil)
        #expect(facts.qr?.count == 1)
        // A document whose rules ask for no QR is not scanned: nil, not an empty list.
        #expect(report.documents.first { $0.kind == "CURP" }?.facts?.qr == nil)
        #expect(report.documents.allSatisfy { $0.facts != nil && $0.thumbnail == nil })
    }

    @Test func storedDocumentsKeepTheirFacts() throws {
        let folder = try TemporaryFolder()
        let storeFolder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder)
        let path = storeFolder.url.appendingPathComponent("r.sqlite").path
        func run() throws -> (ExpedienteReport, Int) {
            var checker = try ExpedienteChecker(convocatoria: Checking.convocatoria)
            checker.cache = ResultCache(store: try ResultStore.openForWriting(path: path), convocatoria: Checking.convocatoria,
                                        options: .default, racyWindowNanoseconds: 0)
            return (try checker.check(folder: folder.url), checker.cache!.counters.summary.unchanged)
        }
        let (fresh, _) = try run()
        let (stored, unchanged) = try run()
        #expect(unchanged == 12)
        #expect(stored.documents.map(\.facts) == fresh.documents.map(\.facts))
        #expect(stored.documents.allSatisfy { $0.facts?.width != nil })
    }

    @Test func thumbnailsAreSmallJPEGsOnlyWhenAsked() throws {
        let folder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder)
        try folder.write("CURP.JPG", Array("no es una imagen".utf8))
        var checker = try ExpedienteChecker(convocatoria: Checking.convocatoria)
        checker.makeThumbnails = true
        let report = try checker.check(folder: folder.url)
        for document in report.documents where document.kind != "CURP" {
            let thumbnail = try #require(document.thumbnail)
            let header = try JPEGCodec.readHeader(thumbnail)
            #expect(header.width <= Thumbnail.maxWidth && header.height <= Thumbnail.maxHeight)
            #expect(thumbnail.count < 12_000)
        }
        #expect(report.documents.first { $0.kind == "CURP" }?.thumbnail == nil)
    }

    @Test func factsUseTheContractKeysAndOldStoreRowsStillDecode() throws {
        let facts = DocumentFacts(bytes: 10, width: 2, height: 3, dpi: 300, dpiInferred: true, color: "grayscale", qr: ["Á"],
                                  qrEncodings: [QREncodingFact(encoding: "ISO-8859-1", source: "eci")])
        let json = String(decoding: try JSONEncoder().encode(facts), as: UTF8.self)
        #expect(json.contains("\"dpi_inferred\":true") && json.contains("\"qr\":[\"Á\"]"))
        #expect(json.contains(#""qr_encodings":[{"#) && json.contains(#""source":"eci""#))
        #expect(try JSONDecoder().decode(DocumentFacts.self, from: Data(json.utf8)) == facts)
        let old = Data(#"[{"check":"size.max_bytes","severity":"observacion","message":"m"}]"#.utf8)
        let decoded = try #require(StoredResult.decode(old))
        #expect(decoded.observations.count == 1 && decoded.facts == nil)
        #expect(StoredResult.decode(Data("{".utf8)) == nil)
    }
}
