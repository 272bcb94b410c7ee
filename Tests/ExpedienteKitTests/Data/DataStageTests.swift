@testable import ExpedienteKit
import Foundation
import Testing

/// The data stage and the extra points on the shipped rules, without images: documents are
/// stand-ins with the QR texts the pipeline would have read.
@Suite struct DataStageTests {
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")

    /// The shipped calls, each loaded once: CERTableOneTests judges hundreds of registros.
    static let calls: [String: Convocatoria] = Dictionary(uniqueKeysWithValues: ["enarm-xlviii-2025-2026", "cer-2026-2027"].compactMap { id in
        (try? RuleSelection.load(root: rules, convocatoria: id)).map { (id, $0) }
    })

    static func context(_ call: String, perfil: String = "todos", registro: Registro?, documents: [(String, [String], Bool)] = []) throws -> DataContext {
        let convocatoria = try calls[call] ?? RuleSelection.load(root: rules, convocatoria: call)
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
            try Self.expectError(editing: RulesLoader.convocatoriaFileName, old, new, expected)
        }
    }

    /// A copy of the CER rules with `old` replaced by `new` in `name` fails to load with a
    /// located error of that file whose reason contains `expected`.
    static func expectError(editing name: String, _ old: String, _ new: String, _ expected: String) throws {
        let copy = try copyOfCER()
        defer { try? FileManager.default.removeItem(at: copy) }
        let file = copy.appendingPathComponent(name)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        #expect {
            _ = try RulesLoader.load(folder: copy)
        } throws: { error in
            guard let error = error as? RuleFileError else { return false }
            return error.line != nil && error.file.hasSuffix(name) && error.reason.contains(expected)
        }
    }
}

extension DataRulesLoaderTests {
    /// especialidades.yaml is cross-checked: rows name declared ids, each printed word is a
    /// name of its id, and no name belongs to two specialties.
    @Test func aBrokenSpecialtyCatalogueIsAnErrorWithItsLine() throws {
        for (old, new, expected) in [
            ("{cer: urologia, ceme: cirugia-general", "{cer: urologia, ceme: cirugia", "no es una especialidad declarada"),
            ("source: \"Urología | Cirugia | 1\"", "source: \"Urología | Cirujía | 1\"", "Cirujía"),
            ("names: [\"Anestesia\"]", "names: [\"Anestesia\", \"Medicina Interna\"]", "ya es de"),
        ] {
            try Self.expectError(editing: SpecialtyCatalog.fileName, old, new, expected)
        }
    }
}

/// CER table 1 (especialidades.yaml): every row, written as the call prints it, with the
/// titles reports show and with every other name of its specialties, is a valid choice;
/// one grade off is not (unless another row takes that grade).
@Suite struct CERTableOneTests {
    static let catalog: SpecialtyCatalog = {
        let convocatoria = try? RuleSelection.load(root: DataStageTests.rules, convocatoria: "cer-2026-2027")
        return convocatoria!.especialidades!
    }()

    struct Row: CustomTestStringConvertible, Sendable {
        let option: SpecialtyCatalog.Option
        var testDescription: String { option.source }
    }

    static func judge(_ cer: String, _ ceme: String, _ grado: Int) throws -> [Finding.Located] {
        let data = try DataStageTests.context("cer-2026-2027", registro: Registro(especialidad: .init(cer: cer, ceme: ceme, grado: grado)))
        return DataCEROptionCheck().run(on: data)
    }

    @Test func theTableHasItsFortyTwoRows() {
        #expect(Self.catalog.tabla.count == 42)
    }

    @Test(arguments: catalog.tabla.map(Row.init))
    func everyRowIsAcceptedHoweverItIsWritten(row: Row) throws {
        let option = row.option
        let printed = try #require(option.printed)
        #expect(try Self.judge(printed.cer, printed.ceme, option.grado).isEmpty, "as printed: \(option.source)")
        let cer = try #require(Self.catalog.specialty(id: option.cer))
        let ceme = try #require(Self.catalog.specialty(id: option.ceme))
        for cerName in [cer.title, cer.id] + cer.names {
            for cemeName in [ceme.title, ceme.id, ceme.title.uppercased()] + ceme.names {
                #expect(try Self.judge(cerName, cemeName, option.grado).isEmpty, "\(cerName) / \(cemeName) / \(option.grado)")
            }
        }
        let otherGrade = option.grado + 1
        if !Self.catalog.tabla.contains(where: { $0.cer == option.cer && $0.ceme == option.ceme && $0.grado == otherGrade }) {
            let findings = try Self.judge(printed.cer, printed.ceme, otherGrade)
            #expect(findings.count == 1)
            #expect(findings.first?.finding.values["options"]?.contains("\(ceme.title), grado \(option.grado)") == true)
        }
    }

    /// Issue 15.1: the two applicants the table's wording rejected.
    @Test func theTablesTyposNoLongerRejectCorrectApplicants() throws {
        #expect(try Self.judge("Urología", "Cirugía General", 1).isEmpty)
        #expect(try Self.judge("Urología ginecológica", "Gineco obstetricia", 4).isEmpty)
        #expect(try Self.judge("Angiología y Cirugía Vascular", "Cirugía general", 1).isEmpty)
        let unknown = try Self.judge("Cardiologia Intervencionista", "Medicina Interna", 2)
        #expect(unknown.first?.finding.values["options"]?.contains("no es un CER de la tabla 1") == true)
        let wrongCEME = try Self.judge("Urología", "Cirugía Gral.", 1)
        #expect(wrongCEME.first?.finding.values["options"] == "Cirugía General, grado 1")
    }
}

/// CER 3.1 10 and section 7: what a declared publication must meet.
@Suite struct PublicationTests {
    static func findings(_ publications: [Registro.Publicacion], documents: [String] = ["PUBLICACION1", "PUBLICACION2"]) throws -> [CheckID] {
        let data = try DataStageTests.context("cer-2026-2027", registro: Registro(publicaciones: publications),
                                              documents: documents.map { ($0, [], false) })
        return DataStageTests.findings(data).filter { $0.rawValue.hasPrefix("data.publication") }
    }

    @Test func doiSyntax() {
        for good in ["10.1000/182", "10.5281/zenodo.1000001", "https://doi.org/10.1056/NEJMoa2034577", "doi:10.1016/j.arcmed.2020.01.001", "10.1000.10/123"] {
            #expect(DataPublications.doi(good) != nil, "\(good)")
        }
        for bad in ["", "10.1234", "10.12/abc", "11.1000/182", "10.1000/", "10.abcd/x", "10.1000/a b", "1234567890123", "10..1000/x"] {
            #expect(DataPublications.doi(bad) == nil, "\(bad)")
        }
        #expect(DataPublications.doiKey("https://doi.org/10.1056/nejmoa1") == DataPublications.doiKey("10.1056/NEJMOA1"))
    }

    /// ISO 3297: weights 8 to 2, check = (11 − sum mod 11) mod 11, X for 10.
    @Test func issnCheckDigit() {
        for good in ["0028-4793", "0140-6736", "2049-372X", "2049-372x", "00284793", "ISSN 0028-4793", "1476-4687"] {
            #expect(DataPublications.issnProblem(good) == nil, "\(good)")
        }
        for bad in ["0028-4794", "0140-6737", "2049-3720", "0028-479", "0028-47930", "X028-4793", "", "12345679999999999999"] {
            #expect(DataPublications.issnProblem(bad) != nil, "\(bad)")
        }
        // Every wrong last digit of a valid ISSN is caught.
        for digit in "0123456789X" where digit != "3" {
            #expect(DataPublications.issnProblem("0028-479\(digit)") != nil)
        }
    }

    @Test func eachDeclarationProblemIsItsOwnFinding() throws {
        #expect(try Self.findings([.init(documento: "PUBLICACION1", autoria: 1, doi: "10.5281/zenodo.1", issn: "0028-4793",
                                         fecha: CalendarDate("2024-12-01"))]).isEmpty)
        #expect(try Self.findings([.init(documento: "PUBLICACION3", autoria: 1)]) == [.dataPublicationMissing])
        #expect(try Self.findings([.init(documento: "ARTICULO", autoria: 1)]) == [.dataPublicationMissing])
        #expect(try Self.findings([.init(documento: "PUBLICACION1", autoria: 0)]) == [.dataPublicationAuthorship])
        #expect(try Self.findings([.init(documento: "PUBLICACION1", autoria: 3)]) == [.dataPublicationAuthorship])
        #expect(try Self.findings([.init(documento: "PUBLICACION1", autoria: 1, doi: "zenodo.1")]) == [.dataPublicationDOI])
        #expect(try Self.findings([.init(documento: "PUBLICACION1", autoria: 1, issn: "0028-4794")]) == [.dataPublicationISSN])
        #expect(try Self.findings([.init(documento: "PUBLICACION1", autoria: 1, fecha: CalendarDate("2025-01-15"))]) == [.dataPublicationDate])
        #expect(try Self.findings([.init(documento: "PUBLICACION1", autoria: 1, doi: "10.5281/zenodo.1"),
                                   .init(documento: "PUBLICACION2", autoria: 2, doi: "https://doi.org/10.5281/ZENODO.1")]) == [.dataPublicationDuplicate])
        // The ENARM call takes no publications: none of these checks is enabled there.
        let enarm = try RuleSelection.load(root: DataStageTests.rules, convocatoria: "enarm-xlviii-2025-2026")
        for id in CheckID.allCases where id.rawValue.hasPrefix("data.publication") {
            #expect(!enarm.isEnabled(id, kind: nil))
        }
    }

    /// A malformed date or a number where text goes never crashes: the registro error names its line.
    @Test func malformedPublicationDataIsALocatedRegistroError() {
        for (text, line) in [("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, fecha: 2024-13-01}\n", 2),
                             ("publicaciones:\n  - {documento: PUBLICACION1, autoria: 1, fecha: ayer}\n", 2),
                             ("publicaciones:\n  - documento: PUBLICACION1\n    autoria: 99999999999999999999999\n", 3),
                             ("fin_servicio_social: 2025-02-30\n", 1),
                             ("antiguedad_imss_anios: 1e400\n", 1),
                             ("antiguedad_imss_anios: tres\n", 1),
                             ("calificaciones:\n  internado: {valor: 0, escala: 0}\n", 2)] {
            guard case .failure(let error) = RegistroLoader.decode(text: text, display: "REGISTRO.yaml") else {
                Issue.record("must be an error: \(text)")
                continue
            }
            #expect(error.line == line, "\(text): \(error.reason)")
        }
        guard case .success(let registro) = RegistroLoader.decode(text: """
            fin_servicio_social: 2025-02-28
            antiguedad_imss_anios: 3
            publicaciones:
              - {documento: PUBLICACION1, autoria: 1, doi: 10.1234, issn: 12345679, fecha: 2024-11-30}
            """, display: "REGISTRO.yaml") else {
            Issue.record("must decode")
            return
        }
        #expect(registro.finServicioSocial == CalendarDate(year: 2025, month: 2, day: 28))
        #expect(registro.antiguedadIMSSAnios == 3)
        #expect(registro.publicaciones.first?.doi == "10.1234")
        #expect(registro.publicaciones.first?.issn == "12345679")
        #expect(registro.publicaciones.first?.fecha == CalendarDate("2024-11-30"))
    }
}

/// ENARM 2.2.1 h and the conditions for IMSS workers, when the registro gives the data.
@Suite struct RegistroDatesTests {
    static func findings(perfil: String = "todos", _ registro: Registro) throws -> [CheckID] {
        DataStageTests.findings(try DataStageTests.context("enarm-xlviii-2025-2026", perfil: perfil, registro: registro))
    }

    @Test func socialServiceMustEndBeforeMarchFirst() throws {
        #expect(!(try Self.findings(Registro(finServicioSocial: CalendarDate("2025-02-28")))).contains(.dataSocialServiceEnd))
        #expect(try Self.findings(Registro(finServicioSocial: CalendarDate("2025-03-01"))).contains(.dataSocialServiceEnd))
        #expect(!(try Self.findings(Registro())).contains(.dataSocialServiceEnd))
    }

    @Test func workerSeniorityIsOneToFifteenYears() throws {
        for (years, fires) in [(0.9, true), (1, false), (15, false), (15.5, true), (40, true)] {
            #expect(try Self.findings(perfil: "trabajador-imss", Registro(antiguedadIMSSAnios: years)).contains(.dataIMSSSeniority) == fires, "\(years)")
        }
        #expect(!(try Self.findings(Registro(antiguedadIMSSAnios: 40))).contains(.dataIMSSSeniority))
    }

    @Test func batchCSVTakesTheNewKeys() throws {
        let rows = try RegistroTable.parse("""
            carpeta,fin_servicio_social,antiguedad_imss_anios
            A1,2025-02-28,"3,5"
            A2,28/02/2025,
            A3,,muchos
            """, display: "r.csv")
        let a1 = try rows["A1"]!.get()
        #expect(a1.finServicioSocial == CalendarDate("2025-02-28"))
        #expect(a1.antiguedadIMSSAnios == 3.5)
        for folder in ["A2", "A3"] {
            #expect(throws: RuleFileError.self) { try rows[folder]!.get() }
        }
    }

    @Test func calendarDates() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("2025-3-1") == nil)
        #expect(CalendarDate("２０２５-03-01") == nil)
        #expect(CalendarDate("2024-12-01")!.spanish == "1 de diciembre de 2024")
        #expect(CalendarDate("2024-12-01")! < CalendarDate("2024-12-02")!)
    }
}
