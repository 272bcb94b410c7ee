import Testing
@testable import ExpedienteKit

/// Pixels per module in the QR findings, through the whole pipeline on real JPEG pages.
@Suite struct QRFindingsTests {
    static let enarm = Array("https://www.cifrhs.salud.gob.mx/constancia?folio=123456".utf8)

    @Test func aQRReadWithTwoPixelModulesIsAnAvisoThatSaysSo() throws {
        let code = try QRGenerator.modules(for: Self.enarm).render(moduleSize: 2)
        let report = try Checking.checkValid(replacing: "PUNTAJENARM", with: "PUNTAJENARM.JPG", bytes: TestPages.letter(qrImage: code))
        #expect(report.checks(for: "PUNTAJENARM.JPG") == ["qr.small_modules"])
        let finding = try #require(report.observations.first { $0.check == "qr.small_modules" })
        #expect(finding.severity == .aviso)
        #expect(finding.message.contains("2 px por módulo"), "\(finding.message)")
        #expect(finding.actual == "2 px por módulo")
        #expect(report.status == .enProcesoDeValidacion)
    }

    @Test func theUsualQRHasNoSmallModulesFinding() throws {
        let report = try Checking.checkValid(with: "PUNTAJENARM.JPG", bytes: TestPages.validLetterWithQR)
        #expect(!report.observations.contains { $0.check == "qr.small_modules" })
    }

    @Test func anUnreadableQRWithSmallModulesSaysHowSmall() throws {
        let matrix = try QRGenerator.modules(for: Array("https://cedulaprofesional.sep.gob.mx/cedula?id=1".utf8))
        let module = 2
        var code = matrix.render(moduleSize: module)
        var state: UInt64 = 42
        for my in 9..<(matrix.size - 9) {
            for mx in 9..<(matrix.size - 9) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                guard state >> 63 == 1 else { continue }
                let value: UInt8 = (state >> 62) & 1 == 1 ? 0 : 255
                for dy in 0..<module { for dx in 0..<module { code.pixels[((my + 4) * module + dy) * code.width + (mx + 4) * module + dx] = value } }
            }
        }
        let report = try Checking.checkValid(replacing: "CEDULA", with: "CEDULA.JPG", bytes: TestPages.letter(qrImage: code))
        let finding = try #require(report.observations.first { $0.check == "qr.unreadable" })
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
