import ExpedienteKit
import Foundation
import Testing

@Suite struct RulesLoaderTests {
    @Test func everyShippedRuleFolderLoads() throws {
        let entries = try RulesCatalog.entries(in: TestPaths.rules)
        #expect(!entries.isEmpty)
        for entry in entries {
            let convocatoria = try RulesLoader.load(folder: entry.folder)
            #expect(convocatoria.id == entry.id)
            #expect(convocatoria.kinds.map(\.kind) == convocatoria.file.documents)
            for kind in convocatoria.kinds {
                #expect(!kind.source.isEmpty, "\(kind.kind) must quote the convocatoria")
            }
        }
    }

    @Test func enarmRulesMatchTheTableOfTheCall() throws {
        let c = try RulesLoader.load(folder: TestPaths.enarmRules)
        #expect(c.requiredKinds(for: "todos").map(\.kind) == TestPages.requiredKinds)
        #expect(c.requiredKinds(for: "trabajador-imss").map(\.kind).contains("BT09"))
        #expect(!c.requiredKinds(for: "todos").map(\.kind).contains("TARJETONPADRE"))
        #expect(c.requiredKinds(for: "hijo-de-trabajador").map(\.kind).contains("TARJETONPADRE"))
        #expect(c.limits(for: c.kind(named: "CURP")).maxBytes == 409_600)
        #expect(c.kind(named: "PUNTAJENARM")?.qr?.presence == .required)
        #expect(c.rule(for: .qrMissing, kind: c.kind(named: "PUNTAJENARM")).severity == .observacion)
        #expect(c.rule(for: .qrMissing, kind: c.kind(named: "TITULO1")).severity == .aviso)
        #expect(c.rule(for: .qrMissing, kind: c.kind(named: "CEDULA")).severity == .aviso)
        #expect(c.kind(named: "SOLICITUD")?.pendingWhenMissing == true)
    }

    /// A copy of the shipped rules with one file edited.
    private func loadEdited(_ file: String, _ edit: (String) -> String) throws -> RuleFileError? {
        let folder = try TemporaryFolder()
        let target = folder.url.appendingPathComponent("enarm-xlviii-2025-2026")
        try FileManager.default.copyItem(at: TestPaths.enarmRules, to: target)
        let url = target.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text, "the edit must change the file")
        try edited.write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try RulesLoader.load(folder: target)
            return nil
        } catch {
            return error
        }
    }

    private func line(of needle: String, in file: String) throws -> Int {
        let text = try String(contentsOf: TestPaths.enarmRules.appendingPathComponent(file), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(needle) }) + 1
    }

    @Test func anUnknownKeyIsAnErrorWithFileAndLine() throws {
        let expectedLine = try line(of: "required_for:", in: "CURP.yaml")
        let error = try #require(try loadEdited("CURP.yaml") { $0.replacingOccurrences(of: "required_for:", with: "requerido_para:") })
        #expect(error.file.hasSuffix("CURP.yaml"))
        #expect(error.line == expectedLine)
        #expect(error.reason.contains("requerido_para"))
        #expect(error.description.contains("CURP.yaml:\(expectedLine)"))
    }

    @Test func anUnknownNestedKeyIsFound() throws {
        let expectedLine = try line(of: "max_bytes:", in: "convocatoria.yaml")
        let error = try #require(try loadEdited("convocatoria.yaml") { $0.replacingOccurrences(of: "  max_bytes:", with: "  max_kb:") })
        #expect(error.line == expectedLine)
        #expect(error.reason.contains("max_kb"))
    }

    @Test func aWrongTypeIsAnErrorWithLine() throws {
        let expectedLine = try line(of: "max_bytes:", in: "convocatoria.yaml")
        let error = try #require(try loadEdited("convocatoria.yaml") { $0.replacingOccurrences(of: "max_bytes: 409600", with: "max_bytes: cuatrocientos") })
        #expect(error.line == expectedLine)
        #expect(error.reason.contains("max_bytes"))
    }

    @Test func aBadRegexIsAnError() throws {
        let error = try #require(try loadEdited("CEDULA.yaml") { $0.replacingOccurrences(of: "pattern: \"^https", with: "pattern: \"^(https") })
        #expect(error.file.hasSuffix("CEDULA.yaml"))
        #expect(error.reason.contains("expresión regular"))
        #expect(error.line != nil)
    }

    @Test func anUnknownSeverityIsAnError() throws {
        let error = try #require(try loadEdited("convocatoria.yaml") { $0.replacingOccurrences(of: "enabled: false", with: "severity: grave") })
        #expect(error.line != nil)
    }

    @Test func anUnknownCheckIdIsAnError() throws {
        let error = try #require(try loadEdited("TITULO1.yaml") { $0.replacingOccurrences(of: "  qr.missing:", with: "  qr.ausente:") })
        #expect(error.reason.contains("qr.ausente"))
        #expect(error.file.hasSuffix("TITULO1.yaml"))
    }

    @Test func anUnknownPlaceholderIsAnError() throws {
        let error = try #require(try loadEdited("convocatoria.yaml") { text in
            text.replacingOccurrences(of: "  data.enarm_edition:\n", with: "  data.enarm_edition:\n    message: \"Edición {peso}\"\n")
        })
        #expect(error.reason.contains("{peso}"))
    }

    @Test func theContractCapsQRPatternAtAviso() throws {
        let error = try #require(try loadEdited("convocatoria.yaml") { text in
            text.replacingOccurrences(of: "  qr.pattern: {source:", with: "  qr.pattern: {severity: observacion, source:")
        })
        #expect(error.reason.contains("aviso"))
    }

    @Test func aStageOverrideIsCappedLikeEachOfItsChecks() throws {
        let error = try #require(try loadEdited("convocatoria.yaml") { text in
            text.replacingOccurrences(of: "  data: {source:", with: "  data: {severity: observacion, source:")
        })
        #expect(error.reason.contains("\(CheckID.dataConvocatoria) admite como máximo"))
        #expect(error.line != nil)
    }

    @Test func aStageOverrideCarriesNoMessage() throws {
        let error = try #require(try loadEdited("convocatoria.yaml") { text in
            text.replacingOccurrences(of: "  quality: {source:", with: "  quality: {message: \"Mala\", source:")
        })
        #expect(error.reason.contains("la etapa «quality»"))
    }

    @Test func everyCheckNeedsTheParagraphItComesFrom() throws {
        let error = try #require(try loadEdited("convocatoria.yaml") { text in
            text.replacingOccurrences(of: "\n  integrity: \\{source: [^\n]*", with: "", options: .regularExpression)
        })
        #expect(error.reason.contains("funda «integrity.decode_failed»"))
        #expect(error.file.hasSuffix("convocatoria.yaml"))
    }

    @Test func aMissingDocumentFileIsAnError() throws {
        let error = try #require(try loadEdited("convocatoria.yaml") { $0.replacingOccurrences(of: "  - SOLICITUD", with: "  - SOLICITUD\n  - CONSTANCIAEXTRA") })
        #expect(error.reason.contains("CONSTANCIAEXTRA"))
    }

    @Test func qualityThresholdsComeFromTheRulesWithPerKindOverrides() throws {
        let c = try RulesLoader.load(folder: TestPaths.enarmRules)
        let curp = try #require(c.quality(for: c.kind(named: "CURP")))
        let card = try #require(c.quality(for: c.kind(named: "IDENTIFICACION1")))
        #expect(curp.orientation == true)
        #expect(card.orientation == false)
        #expect(card.minSharpness == curp.minSharpness)
        #expect(try #require(curp.source).contains("2.2.2 b."))
    }

    @Test func anUnknownQualityKeyIsAnErrorWithLine() throws {
        let expectedLine = try line(of: "min_sharpness:", in: "convocatoria.yaml")
        let error = try #require(try loadEdited("convocatoria.yaml") { $0.replacingOccurrences(of: "  min_sharpness:", with: "  min_nitidez:") })
        #expect(error.line == expectedLine)
        #expect(error.reason.contains("min_nitidez"))
    }

    @Test func aQualityFractionOutOfRangeIsAnError() throws {
        let error = try #require(try loadEdited("convocatoria.yaml") { text in
            text.replacingOccurrences(of: "min_document_fraction: 0.55", with: "min_document_fraction: 55")
        })
        #expect(error.reason.contains("min_document_fraction"))
        #expect(error.line != nil)
    }

    @Test func anOrientationRatioOfOneOrLessIsAnError() throws {
        let error = try #require(try loadEdited("convocatoria.yaml") { $0.replacingOccurrences(of: "upside_down_ratio: 2.5", with: "upside_down_ratio: 0.5") })
        #expect(error.reason.contains("upside_down_ratio"))
    }

    @Test func invalidYAMLIsAnError() throws {
        let error = try #require(try loadEdited("CURP.yaml") { $0 + "\n  - : [\n" })
        #expect(error.file.hasSuffix("CURP.yaml"))
    }
}
