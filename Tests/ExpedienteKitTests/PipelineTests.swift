import ExpedienteKit
import Foundation
import Testing

/// Whole folders: the inventory (missing, duplicate and profile documents), the status model,
/// and the documents of a folder checked in parallel (ThreadSanitizer runs this suite).
@Suite struct PipelineTests {
    @Test func aCompleteValidFolderIsReadyForValidation() throws {
        let folder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder)
        let report = try Checking.check(folder)
        #expect(report.status == .enProcesoDeValidacion)
        #expect(report.blocking.isEmpty, "\(report.blocking.map(\.message))")
        #expect(report.documents.count == 12)
        #expect(report.documents.map(\.kind) == TestPages.requiredKinds)
        // Título and cédula without QR: the scan cannot prove they are electronic, so only an aviso.
        let qr = report.observations.filter { $0.checkID == .qrMissing }
        #expect(Set(qr.compactMap(\.document)) == ["TITULO1", "CEDULA"])
        #expect(qr.allSatisfy { $0.severity == .aviso })
    }

    @Test func missingSolicitudLeavesThePendingStatus() throws {
        let folder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder, except: ["SOLICITUD"])
        let report = try Checking.check(folder)
        #expect(report.status == .pendienteDeValidar)
        let missing = try #require(report.observations.first { $0.checkID == .inventoryMissing })
        #expect(missing.document == "SOLICITUD")
        #expect(missing.file == nil)
    }

    @Test func aMissingDocumentIsAnObservation() throws {
        let folder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder, except: ["CURP"])
        let report = try Checking.check(folder)
        #expect(report.status == .conObservaciones)
        let missing = report.observations.filter { $0.checkID == .inventoryMissing }
        #expect(missing.map(\.document) == ["CURP"])
        #expect(missing.first?.expected == "CURP.JPG")
    }

    @Test func workersMustPresentTheirDocuments() throws {
        let folder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder)
        let report = try Checking.check(folder, perfil: "trabajador-imss")
        let missing = report.observations.filter { $0.checkID == .inventoryMissing }.compactMap(\.document)
        #expect(missing == ["BT09", "TARJETONPAGO"])
    }

    @Test func theSameDocumentTwiceIsADuplicate() throws {
        let folder = try TemporaryFolder()
        try folder.write("CURP.JPG", TestPages.validLetter)
        try folder.write("CURP.JPEG", TestPages.validLetter)
        let second = DocumentCheck(file: "CURP.JPEG", folderReport: try Checking.check(folder))
        let duplicate = try #require(second.observations.first { $0.checkID == .inventoryDuplicate })
        #expect(duplicate.document == "CURP")
        #expect(second.status == .conObservaciones)
        #expect(second.folderReport.checks(for: "CURP.JPG").isEmpty, "the first one is the document")
    }

    @Test func aFolderThatDoesNotExistIsAToolError() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("no-existe")
        #expect(throws: ExpedienteError.folderNotFound(missing.path)) {
            try ExpedienteChecker(convocatoria: Checking.convocatoria).check(folder: missing)
        }
    }

    @Test func anEmptyFolderMissesEveryDocument() throws {
        let folder = try TemporaryFolder()
        let report = try Checking.check(folder)
        #expect(report.status == .pendienteDeValidar)
        #expect(report.observations.filter { $0.checkID == .inventoryMissing }.count == 12)
    }
}
