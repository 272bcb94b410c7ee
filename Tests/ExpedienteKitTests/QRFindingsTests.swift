import Testing
@testable import ExpedienteKit
import ExpedienteSamples

/// Pixels per module in the QR findings, through the whole pipeline on real JPEG pages.
@Suite struct QRFindingsTests {
    static let enarm = Array("https://www.cifrhs.salud.gob.mx/constancia?folio=123456".utf8)

    @Test func aQRReadWithTwoPixelModulesIsAnAvisoThatSaysSo() throws {
        let code = try QRGenerator.modules(for: Self.enarm).render(moduleSize: 2)
        let report = try Checking.checkAlone("PUNTAJENARM.JPG", bytes: TestPages.letter(qrImage: code))
        #expect(report.checks(for: "PUNTAJENARM.JPG") == [.qrSmallModules])
        let finding = try #require(report.observations.first { $0.checkID == .qrSmallModules })
        #expect(finding.severity == .aviso)
        #expect(finding.message.contains("2 px por módulo"), "\(finding.message)")
        #expect(finding.actual == "2 px por módulo")
        #expect(report.status == .enProcesoDeValidacion)
    }

    @Test func theUsualQRHasNoSmallModulesFinding() throws {
        let report = try Checking.checkAlone("PUNTAJENARM.JPG", bytes: TestPages.validLetterWithQR)
        #expect(!report.observations.contains { $0.checkID == .qrSmallModules })
    }

    @Test func anUnreadableQRWithSmallModulesSaysHowSmall() throws {
        let code = try TestPages.smudgedQR(moduleSize: 2)
        let report = try Checking.checkAlone("CEDULA.JPG", bytes: TestPages.letter(qrImage: code))
        let finding = try #require(report.observations.first { $0.checkID == .qrUnreadable })
        #expect(finding.message.contains("px por módulo"), "\(finding.message)")
        #expect(finding.actual?.contains("px por módulo") == true)
    }

    @Test func aRuleFileCanRaiseTheMinimum() throws {
        let rule = QRRule(presence: .required, minModulePixels: 9)
        #expect(QRModuleNote.isSmall(7.9, rule: rule))
        #expect(!QRModuleNote.isSmall(7.9, rule: QRRule(presence: .required)))
        #expect(QRModuleNote.values(moduleSize: nil, rule: rule)["module_note"] == "")
    }
}
