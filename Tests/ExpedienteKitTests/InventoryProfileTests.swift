@testable import ExpedienteKit
import Testing

/// Near-miss names resolve against the applicant's profiles, and one file may be two documents
/// where the call says so (ENARM 2.2.1 a.2).
struct InventoryProfileTests {
    static func entries(_ names: [String]) -> [FolderEntry] {
        names.map { FolderEntry(rawName: Array($0.utf8), path: Array("/x/\($0)".utf8), type: .regular, size: 1) }
    }

    @Test(arguments: [("hijo-de-trabajador", "TARJETONPADRE"), ("trabajador-imss", "TARJETONPAGO"), ("todos", "TARJETONPAGO")])
    func aPaySlipGoesToTheDocumentOfTheApplicantsProfile(perfil: String, kind: String) {
        let inventory = Inventory(entries: Self.entries(["TARJETON.JPG"]), convocatoria: Checking.convocatoria, perfil: perfil)
        #expect(inventory.items.first?.kind?.kind == kind)
    }

    @Test func aPassportIsBothSidesOfTheIdentification() throws {
        let inventory = Inventory(entries: Self.entries(["PASAPORTE.JPG"]), convocatoria: Checking.convocatoria, perfil: "todos")
        #expect(inventory.items.first?.kind?.kind == "IDENTIFICACION1")
        #expect(inventory.items.first?.alsoKinds.map(\.kind) == ["IDENTIFICACION2"])
        #expect(inventory.has("IDENTIFICACION2"))
        let findings = InventoryMissingCheck().run(on: inventory, convocatoria: Checking.convocatoria, perfil: "todos")
        #expect(!findings.contains { $0.kind?.kind == "IDENTIFICACION2" })
    }

    @Test func aPassportBesideItsOwnBackIsOnlyTheFront() {
        let inventory = Inventory(entries: Self.entries(["PASAPORTE.JPG", "IDENTIFICACION2.JPG"]), convocatoria: Checking.convocatoria)
        #expect(inventory.items.first?.alsoKinds.isEmpty == true)
    }

    @Test func theRenameAdviceNamesBothFiles() throws {
        let report = try Checking.checkAlone("PASAPORTE.JPG", bytes: TestPages.validLetter)
        let exact = try #require(report.observations.first { $0.checkID == .nameExact })
        #expect(exact.message.hasSuffix("Es también IDENTIFICACION2: guarde una copia del mismo archivo como IDENTIFICACION2.JPG."))
        #expect(!report.folderReport.observations.contains { $0.checkID == .inventoryMissing && $0.document == "IDENTIFICACION2" })
    }
}
