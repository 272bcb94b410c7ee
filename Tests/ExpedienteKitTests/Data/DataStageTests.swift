@testable import ExpedienteKit
import Foundation
import Testing

/// The data stage and the extra points on the shipped rules, without images: documents are
/// stand-ins with the QR texts the pipeline would have read.
@Suite struct DataStageTests {
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")

    static func context(_ call: String, perfil: String = "todos", registro: Registro?, documents: [(String, [String], Bool)] = []) throws -> DataContext {
        let convocatoria = try RuleSelection.load(root: rules, convocatoria: call)
        return DataContext(
            convocatoria: convocatoria, perfil: perfil, registro: registro, registroFile: "REGISTRO.yaml", registroError: nil,
            registroInFolder: true,
            documents: documents.map { name, qr, blocked in
                DataContext.Document(kind: convocatoria.kind(named: name)!, file: "\(name).JPG", qrTexts: qr, blocked: blocked)
            })
    }

    static func findings(_ data: DataContext) -> [CheckID] {
        CheckCatalog.dataChecks.flatMap { $0.run(on: data) }.map(\.finding.check.id)
    }

    /// ENARM 9.3: worker and worker's child are not cumulative; only the higher counts.
    @Test func workerPointsAreNotCumulative() throws {
        let data = try Self.context("enarm-xlviii-2025-2026", perfil: "trabajador-imss,hijo-de-trabajador",
                                    registro: Registro(internadoIMSS: true),
                                    documents: [("BT09", [], false), ("TARJETONPAGO", [], false), ("TARJETONPADRE", [], false), ("INTERNADO", [], false)])
        let points = try #require(AdditionalPoints.compute(data))
        #expect(points.total == 1.25)
        #expect(points.items.map(\.counted) == [true, false, true])
        #expect(points.items[1].reason.contains("no es acumulativo"))
    }

    @Test func pointsNeedTheirDocumentsWithoutObservations() throws {
        let data = try Self.context("enarm-xlviii-2025-2026", registro: Registro(servicioSocialIMSS: true),
                                    documents: [("SERVICIOSOCIAL", [], true)])
        let points = try #require(AdditionalPoints.compute(data))
        #expect(points.total == 0)
        #expect(points.items[0].reason.contains("SERVICIOSOCIAL tiene observaciones"))
        #expect(AdditionalPoints.compute(try Self.context("enarm-xlviii-2025-2026", registro: nil)) == nil)
    }

    /// CER 7.2: 0.05 per first-author and 0.025 per second-author publication, at most 0.50.
    @Test func publicationPointsAreCapped() throws {
        let publications = (1...10).map { Registro.Publicacion(documento: "PUBLICACION\($0)", autoria: 1) }
            + [Registro.Publicacion(documento: "PUBLICACION1", autoria: 2), Registro.Publicacion(documento: "PUBLICACION2", autoria: 4)]
        let documents = (1...10).map { ("PUBLICACION\($0)", [String](), false) }
        let data = try Self.context("cer-2026-2027", registro: Registro(publicaciones: publications), documents: documents)
        let points = try #require(AdditionalPoints.compute(data))
        #expect(points.total == 0.5)
        #expect(points.maximum == 0.5)
        #expect(points.items.last?.counted == false)
        #expect(points.items.last?.reason.contains("autor 4") == true)
    }

    @Test func qrCURPsAreComparedWithTheRegisteredOneOrWithEachOther() throws {
        let mine = "PEGL890909MJCRMS08"
        let other = "HEGG560427MVZRRL04"
        let url = "https://example.gob.mx/c?curp=\(other.lowercased())&x=1"
        let registered = try Self.context("enarm-xlviii-2025-2026", registro: Registro(curp: mine),
                                          documents: [("PUNTAJENARM", [url], false), ("CEDULA", ["sin curp"], false)])
        let mismatch = DataCURPMismatchCheck().run(on: registered)
        #expect(mismatch.count == 1)
        #expect(mismatch[0].finding.values["curp"] == other)
        #expect(mismatch[0].finding.values["reference_source"] == "los datos registrados (REGISTRO.yaml)")
        let unregistered = try Self.context("enarm-xlviii-2025-2026", registro: nil,
                                            documents: [("PUNTAJENARM", ["CURP|\(mine)|"], false), ("TITULO1", [url], false)])
        let between = DataCURPMismatchCheck().run(on: unregistered)
        #expect(between.map(\.file) == ["TITULO1.JPG"])
        #expect(between[0].finding.values["reference_source"] == "el QR de PUNTAJENARM (PUNTAJENARM.JPG)")
        #expect(DataCURPMismatchCheck.curps(in: "X\(mine)9") == [])
    }

    @Test func theEditionDecidesTheConstanciaInTheCERCall() throws {
        let early = try Self.context("cer-2026-2027", registro: Registro(edicionENARM: "XLIV"), documents: [("PUNTAJENARM", [], false)])
        #expect(Self.findings(early).contains(.dataEnarmConstancia))
        #expect(early.convocatoria.qrWaivedKinds(for: early.registro) == ["PUNTAJENARM"])
        let digital = try Self.context("cer-2026-2027", registro: Registro(edicionENARM: "XLV"), documents: [("PUNTAJENARM", [], false)])
        #expect(!Self.findings(digital).contains(.dataEnarmConstancia))
        #expect(digital.convocatoria.qrWaivedKinds(for: digital.registro).isEmpty)
        let wrong = try Self.context("enarm-xlviii-2025-2026", registro: Registro(edicionENARM: "XLVII"))
        #expect(Self.findings(wrong).contains(.dataEnarmEdition))
    }

    @Test func cerOptionsFollowTableOne() throws {
        let ok = try Self.context("cer-2026-2027", registro: Registro(especialidad: .init(cer: "cardiologia", ceme: "MEDICINA INTERNA", grado: 2)))
        #expect(!Self.findings(ok).contains(.dataCEROption))
        let wrong = try Self.context("cer-2026-2027", registro: Registro(especialidad: .init(cer: "Neonatología", ceme: "Pediatría", grado: 2)))
        #expect(Self.findings(wrong).contains(.dataCEROption))
    }

    @Test func apostilleAvisosFollowTheProfile() throws {
        let abroad = try Self.context("cer-2026-2027", perfil: "estudios-extranjero", registro: nil,
                                      documents: [("TITULO1", [], false), ("CEDULA", [], false), ("CURP", [], false)])
        #expect(DataApostilleCheck().run(on: abroad).map(\.file) == ["TITULO1.JPG"])
        let home = try Self.context("cer-2026-2027", registro: nil, documents: [("TITULO1", [], false)])
        #expect(DataApostilleCheck().run(on: home).isEmpty)
    }

    @Test func batchCSVRowsAndErrors() throws {
        let rows = try RegistroTable.parse("""
            carpeta,curp,perfil,calificacion_internado,publicaciones,internado_imss
            A1,"PEGL890909MJCRMS08","trabajador-imss;estudios-extranjero",9.4,"PUBLICACION1:1;PUBLICACION2:2",no
            A2,,,x,,
            """, display: "r.csv")
        let a1 = try rows["A1"]!.get()
        #expect(a1.perfil == ["trabajador-imss", "estudios-extranjero"])
        #expect(a1.calificaciones["internado"] == Registro.Grade(valor: 9.4))
        #expect(a1.publicaciones.count == 2)
        #expect(a1.internadoIMSS == false)
        #expect(throws: RuleFileError.self) { try rows["A2"]!.get() }
        #expect(throws: RuleFileError.self) { try RegistroTable.parse("curp\nX\n", display: "r.csv") }
        #expect(CSVRecords.parse("a,\"b,\"\"c\"\"\nd\"\ne,f").map(\.fields) == [["a", "b,\"c\"\nd"], ["e", "f"]])
    }

    @Test func registroFilesAreStrictAndLocated() {
        guard case .failure(let error) = RegistroLoader.decode(text: "curp: X\nedad: 30\n", display: "REGISTRO.yaml") else {
            Issue.record("an unknown key must be an error")
            return
        }
        #expect(error.line == 2)
        #expect(error.reason.contains("edad"))
        if case .success(let registro) = RegistroLoader.decode(text: #"{"perfil": "todos", "edicion_enarm": 48}"#, display: "r.json") {
            #expect(registro.perfil == ["todos"])
            #expect(registro.edicionNumber == 48)
        } else {
            Issue.record("JSON must decode")
        }
        #expect(RegistroLoader.isRegistro(FileName("registro.JSON")))
        #expect(!RegistroLoader.isRegistro(FileName("REGISTRO.JPG")))
    }
}

/// The new rule sections are checked like the rest: a wrong reference names file and line.
@Suite struct DataRulesLoaderTests {
    static func copyOfCER() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("rules-cer-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: DataStageTests.rules.appendingPathComponent("cer-2026-2027"), to: copy)
        return copy
    }

    @Test func anUnknownDocumentOrProfileInTheNewSectionsIsAnError() throws {
        for (old, new, expected) in [
            ("      document: CONSTANCIACEME", "      document: CONSTANCIA", "CONSTANCIA"),
            ("  maximum: 0.50", "  maximum: 0.50\n  extra: 1", "extra"),
            ("      authorship: 2", "      authorship: 2\n      perfil: todos", "exactamente uno"),
        ] {
            let copy = try Self.copyOfCER()
            defer { try? FileManager.default.removeItem(at: copy) }
            let file = copy.appendingPathComponent("convocatoria.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
            #expect {
                _ = try RulesLoader.load(folder: copy)
            } throws: { error in
                guard let error = error as? RuleFileError else { return false }
                return error.line != nil && error.reason.contains(expected)
            }
        }
    }
}
