@testable import ExpedienteKit
import Foundation
import Testing

/// Copies among a folder's documents, now that only files whose size another document shares
/// are hashed (without a result store): equal bytes are still told from the same picture saved
/// again, and pages of different sizes are never taken for byte copies.
@Suite struct DocumentCopiesTests {
    static func copyMessages(_ report: ExpedienteReport) -> [String] {
        report.observations.filter { $0.checkID == .dataCopy }.map(\.message)
    }

    @Test func equalBytesAndEqualSizesWithOtherBytesAreToldApart() throws {
        let page = try TestPages.letter()
        let folder = try TemporaryFolder()
        try folder.write("ACTANACIMIENTO.JPG", page)
        try folder.write("CURP.JPG", page)
        let same = Self.copyMessages(try Checking.check(folder))
        #expect(same.count == 1)
        #expect(same.first?.contains("tiene los mismos bytes") == true)

        // One byte after the end of the image: the same size and picture, other bytes.
        try folder.write("ACTANACIMIENTO.JPG", page + [0])
        try folder.write("CURP.JPG", page + [1])
        let resaved = Self.copyMessages(try Checking.check(folder))
        #expect(resaved.count == 1)
        #expect(resaved.first?.contains("es la misma imagen guardada de nuevo") == true)
    }

    @Test func pagesOfDifferentSizesAreNotHashedAndNotCopies() throws {
        let folder = try TemporaryFolder()
        try folder.write("ACTANACIMIENTO.JPG", try TestPages.letter(variant: 1))
        try folder.write("CURP.JPG", try TestPages.letter(variant: 2))
        #expect(Self.copyMessages(try Checking.check(folder)).isEmpty)

        let runner = DocumentRunner(convocatoria: Checking.convocatoria, options: CheckOptions(), waivedQR: [])
        let inventory = Inventory(entries: try FolderEntry.list(folder.url), convocatoria: Checking.convocatoria, perfil: "todos")
        let curp = try #require(inventory.documents.first { $0.entry.relativePath == "CURP.JPG" })
        let subject = runner.subject(curp.entry, kind: try #require(curp.kind), alsoKinds: curp.alsoKinds)
        #expect(runner.run(subject, hashContent: false).identity?.contentHash == nil)
        #expect(runner.run(subject).identity?.contentHash?.count == 32)
    }

    /// What the checker hashes without a store: files whose size another document shares, and the SOLICITUD.
    @Test func onlySharedSizesAndTheSolicitudAreHashed() throws {
        let folder = try TemporaryFolder()
        try folder.write("ACTANACIMIENTO.JPG", try TestPages.letter(variant: 1))
        try folder.write("CURP.JPG", try TestPages.letter(variant: 2))
        try folder.write("SOLICITUD.JPG", try TestPages.letter(variant: 3))
        func hashed() throws -> Set<String> {
            let inventory = Inventory(entries: try FolderEntry.list(folder.url), convocatoria: Checking.convocatoria, perfil: "todos")
            return ExpedienteChecker.filesToHash(inventory.documents)
        }
        #expect(try hashed() == ["SOLICITUD.JPG"])
        try folder.write("CURP.JPG", try TestPages.letter(variant: 1))
        #expect(try hashed() == ["ACTANACIMIENTO.JPG", "CURP.JPG", "SOLICITUD.JPG"])
    }
}
