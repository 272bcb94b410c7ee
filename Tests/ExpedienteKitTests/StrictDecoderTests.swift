@testable import ExpedienteKit
import Foundation
import Testing

/// The one strict-keys mechanism: synthesised decoding, unknown keys named with their line at
/// any depth, defaults for keys left out, validation and versions where the types declare them.
@Suite struct StrictDecoderTests {
    struct Outer: Decodable, Equatable {
        var middle: Middle
        enum CodingKeys: String, CodingKey, CaseIterable { case middle }
    }

    struct Middle: Decodable, Equatable {
        var items: [String: [Inner]]
        enum CodingKeys: String, CodingKey, CaseIterable { case items }
    }

    struct Inner: Decodable, Equatable {
        var name: String
        @Defaulted var tags: [String]
        @Defaulted var flag: Bool
        enum CodingKeys: String, CodingKey, CaseIterable { case name, tags, flag }
    }

    private func decodeError<T: Decodable>(_ type: T.Type, _ text: String, path: String = "test.yaml") -> RuleFileError? {
        do {
            _ = try RulesLoader.decode(type, text: text, path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func anUnknownKeyThreeLevelsDeepIsAnErrorWithItsLine() throws {
        let error = try #require(decodeError(Outer.self, """
            middle:
              items:
                a:
                  - name: uno
                  - name: dos
                    tagz: [x]
            """))
        #expect(error.file == "test.yaml")
        #expect(error.line == 6)
        #expect(error.reason == "«middle.items.a.[1].tagz»: clave desconocida «tagz»; se admiten: flag, name, tags")
    }

    @Test func anUnknownKeyDeepInARuleFileNamesFileAndLine() throws {
        let text = try String(contentsOf: TestPaths.rules.appendingPathComponent("cer-2026-2027/convocatoria.yaml"), encoding: .utf8)
        let edited = text.replacingOccurrences(of: "      authorship: 1\n", with: "      authorship: 1\n      autoria: 1\n")
        #expect(edited != text)
        let line = try #require(edited.components(separatedBy: "\n").firstIndex(of: "      autoria: 1")) + 1
        let error = try #require(decodeError(ConvocatoriaFile.self, edited, path: "cer/convocatoria.yaml"))
        #expect(error.description.contains("cer/convocatoria.yaml:\(line)"))
        #expect(error.reason.contains("additional_points.concepts.[0].autoria"))
    }

    @Test func aMissingDefaultedKeyDecodesToItsDefault() throws {
        let outer = try RulesLoader.decode(Outer.self, text: """
            middle:
              items:
                a:
                  - name: uno
                  - {name: dos, tags: [x], flag: true}
                  - {name: tres, tags: }
            """, path: "test.yaml")
        #expect(outer.middle.items["a"] == [
            Inner(name: "uno", tags: [], flag: false),
            Inner(name: "dos", tags: ["x"], flag: true),
            Inner(name: "tres", tags: [], flag: false),
        ])
        let kind = try RulesLoader.decode(DocumentKindRule.self, text: "version: 1\nkind: CURP\ntitle: CURP\nrequired_for: [todos]\nsource: «2.2.1»\n", path: "CURP.yaml")
        #expect(kind.aliases.isEmpty && kind.checks.isEmpty && kind.apostilleFor.isEmpty && !kind.pendingWhenMissing)
    }

    @Test func aMissingRequiredKeyIsStillAnError() throws {
        let error = try #require(decodeError(Outer.self, "middle:\n  items:\n    a:\n      - tags: [x]\n"))
        #expect(error.line == 4)
        #expect(error.reason.contains("falta la clave obligatoria «name»"))
    }

    @Test func validationAndVersionNameTheirKeyAndLine() throws {
        let kind = "version: 1\nkind: curp\ntitle: CURP\nrequired_for: [todos]\nsource: «2.2.1»\n"
        let invalid = try #require(decodeError(DocumentKindRule.self, kind))
        #expect(invalid.line == 2)
        #expect(invalid.reason.contains("no es un NOMBRE válido"))
        let future = try #require(decodeError(DocumentKindRule.self, kind.replacingOccurrences(of: "version: 1", with: "version: 2")))
        #expect(future.line == 1)
        #expect(future.reason.contains("versión 2 no admitida"))
        let unversioned = try #require(decodeError(DocumentKindRule.self, kind.replacingOccurrences(of: "version: 1\n", with: "")))
        #expect(unversioned.reason.contains("falta la clave obligatoria «version»"))
    }

    @Test func aTypoInTheRegistroIsAnErrorWithFileAndLine() throws {
        let text = "curp: PEGL890909MJCRMS08\npublicaciones:\n  - documento: PUBLICACION1\n    autoriaa: 1\n"
        guard case .failure(let error) = RegistroLoader.decode(text: text, display: "aspirante/REGISTRO.yaml") else {
            Issue.record("a typo must be an error")
            return
        }
        #expect(error.description.contains("aspirante/REGISTRO.yaml:4"))
        #expect(error.reason.contains("autoriaa"))
        guard case .failure(let version) = RegistroLoader.decode(text: "version: 2\ncurp: X\n", display: "REGISTRO.yaml") else {
            Issue.record("an unknown version must be an error")
            return
        }
        #expect(version.line == 1)
        #expect(version.reason.contains("versión 2 no admitida"))
        #expect(throws: Never.self) { try RegistroLoader.decode(text: "version: 1\ncalificaciones: {promedio: {valor: 9, escala: 10}}\n", display: "r.yaml").get() }
    }

    /// `merged(with:)` lists its fields by hand: an override that sets all of them must win in all.
    @Test func mergesTakeEveryFieldTheOverrideSets() {
        func allSet(_ value: Any) -> Bool {
            Mirror(reflecting: value).children.allSatisfy { child in
                Mirror(reflecting: child.value).displayStyle != .optional || Mirror(reflecting: child.value).children.count == 1
            }
        }
        let rule = CheckRule(severity: .aviso, message: "m", hint: "h", source: "s", enabled: false)
        let limits = DocumentLimits(extensions: ["JPG"], maxBytes: 1, minDPI: 2, dpiTolerance: 3, source: "s")
        let quality = QualityThresholds(blankMaxInk: 0.1, minSharpness: 1, minContrast: 2, minBackground: 3, maxNoise: 4,
                                        minDocumentFraction: 0.5, orientation: true, quarterTurnRatio: 2, upsideDownRatio: 3, source: "s")
        #expect(allSet(rule) && allSet(limits) && allSet(quality))
        #expect(CheckRule().merged(with: rule) == rule && rule.merged(with: CheckRule()) == rule)
        #expect(DocumentLimits().merged(with: limits) == limits && limits.merged(with: DocumentLimits()) == limits)
        #expect(QualityThresholds().merged(with: quality) == quality && quality.merged(with: QualityThresholds()) == quality)
        #expect(CheckRule(severity: .observacion, hint: "h").merged(with: CheckRule(message: "m")) == CheckRule(severity: .observacion, message: "m", hint: "h"))
    }
}
