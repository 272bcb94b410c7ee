import ExpedienteKit
@testable import ExpedienteSamples
import Foundation
import Testing

@Suite struct SyntheticSamplesTests {
    static let required = SampleDocumentKind.requiredOfAll.map { $0.rawValue + ".JPG" }.sorted()
    /// A seed whose three folders are one valid, one without PUNTAJENARM and one with an oversized
    /// CURP, so the 11-file folder and the size exception are exercised too.
    static let seed: UInt64 = 886

    /// Every regular file under `root` (marker excluded), by relative path.
    static func files(under root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let manager = FileManager.default
        for folder in try manager.contentsOfDirectory(atPath: root.path) where folder != SyntheticTree.markerName {
            for name in try manager.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path) {
                result[folder + "/" + name] = try Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name))
            }
        }
        return result
    }

    @Test func threeFoldersAreCompleteDistinctSmallAndReproducible() throws {
        let first = try TemporaryFolder(), second = try TemporaryFolder()
        guard case .generated(let folders) = try SyntheticTree.generate(count: 3, seed: Self.seed, into: first.url) else {
            Issue.record("an empty folder must be generated")
            return
        }
        #expect(folders.count == 3)
        #expect(folders.contains { $0.defect == nil })
        #expect(folders.contains { $0.defect == .missing(.puntajeENARM) })
        #expect(folders.contains { $0.defect == .oversize(.curp) })
        let files = try Self.files(under: first.url)
        for folder in folders {
            #expect(files.keys.contains(folder.name + "/REGISTRO.yaml"))
            let names = files.keys.filter { $0.hasPrefix(folder.name + "/") }.map { String($0.dropFirst(folder.name.count + 1)) }
                .filter { $0 != "REGISTRO.yaml" }.sorted()
            switch folder.defect {
            case nil: #expect(names == Self.required, "\(folder.name)")
            case .missing(let kind): #expect(names == Self.required.filter { $0 != kind.rawValue + ".JPG" })
            case .nearMissName(let kind, let name):
                #expect(names == (Self.required.filter { $0 != kind.rawValue + ".JPG" } + [name]).sorted())
            default: #expect(names == Self.required, "\(folder.name)")
            }
        }
        // No two files of the tree are equal.
        #expect(Set(files.values).count == files.count)
        for (path, data) in files {
            let oversize = folders.contains { folder in
                if case .oversize(let kind) = folder.defect { path == "\(folder.name)/\(kind.rawValue).JPG" } else { false }
            }
            if oversize {
                #expect(data.count > 409_600, "\(path)")
            } else {
                #expect(data.count < 409_600, "\(path): \(data.count) bytes")
            }
        }
        // The same seed gives the same bytes.
        _ = try SyntheticTree.generate(count: 3, seed: Self.seed, into: second.url)
        #expect(try Self.files(under: second.url) == files)
    }

    @Test func qrCodesCarryEachApplicantsData() throws {
        let folder = try #require(try SyntheticTree.plan(count: 1, seed: 99).first)
        let kinds: [SampleDocumentKind] = [.puntajeENARM, .cedula, .titulo1]
        for file in folder.files {
            guard case .page(let options) = file.content, kinds.contains(options.kind) else { continue }
            let decoded = try JPEGCodec.decodeGray(SamplePages.jpeg(options))
            let text = QRScanner.scan(decoded.image).map { String(decoding: $0.bytes, as: UTF8.self) }
            #expect(text.count == 1, "\(file.name)")
            let data = folder.applicant
            switch options.kind {
            case .puntajeENARM: #expect(text.first?.contains(data.curp) == true && text.first?.contains(data.folioENARM) == true)
            case .cedula: #expect(text.first?.contains(data.cedula) == true && text.first?.contains(data.nombreRegistro) == true)
            default: #expect(text.first?.contains(data.nombreCompleto) == true)
            }
        }
    }

    @Test func planIsDeterministicWithValidIdentifiersAndAboutTenPercentDefects() throws {
        let plan = try SyntheticTree.plan(count: 1000, seed: 42)
        #expect(try SyntheticTree.plan(count: 1000, seed: 42) == plan)
        #expect(try SyntheticTree.plan(count: 1000, seed: 43) != plan)
        #expect(Set(plan.map(\.name)).count == 1000)
        #expect(plan.allSatisfy { SyntheticTree.isFolioName($0.name) && $0.applicant.folio == $0.name })
        #expect(Set(plan.map(\.applicant.curp)).count > 990)
        for applicant in plan.map(\.applicant) {
            let curp = Array(applicant.curp)
            #expect(curp.count == 18)
            #expect(SampleApplicant.curpCheckDigit(String(curp.prefix(17))).map(String.init) == String(curp[17]), "\(applicant.curp)")
            #expect(applicant.curp.dropFirst(4).prefix(6) == applicant.fechaNacimientoCorta)
            #expect(applicant.claveElector.count == 18)
        }
        let defective = plan.compactMap(\.defect)
        #expect((60...140).contains(defective.count), "\(defective.count) defective folders")
        let kinds = Set(defective.map { defect -> String in
            switch defect {
            case .missing: "missing"
            case .nearMissName: "name"
            case .oversize: "oversize"
            case .lowResolution: "dpi"
            case .truncated: "truncated"
            }
        })
        #expect(kinds.count == 5)
        #expect(throws: SyntheticTreeError.invalidCount(0)) { try SyntheticTree.plan(count: 0, seed: 1) }
    }

    @Test func curpFollowsRenapoRules() {
        // The standard applicant's CURP, rebuilt from its data.
        let standard = SampleApplicant.standard
        let stem = SyntheticApplicants.curpStem(
            primerApellido: standard.primerApellido, segundoApellido: standard.segundoApellido, nombres: standard.nombres,
            yymmdd: standard.fechaNacimientoCorta, sexo: "M", entidad: "DF", homoclave: "0")
        #expect(stem + String(SampleApplicant.curpCheckDigit(stem)!) == standard.curp)
        #expect(SyntheticApplicants.electorKey(primerApellido: standard.primerApellido, segundoApellido: standard.segundoApellido,
                                               nombres: standard.nombres) == String(standard.claveElector.prefix(6)))
        // JOSÉ is skipped in a compound given name; an inconvenient word gets an X.
        #expect(SyntheticApplicants.curpStem(primerApellido: "P\u{C9}REZ", segundoApellido: "DOM\u{CD}NGUEZ", nombres: "JOS\u{C9} LUIS",
                                             yymmdd: "950102", sexo: "H", entidad: "JC", homoclave: "4") == "PEDL950102HJCRMS4")
        #expect(SyntheticApplicants.curpStem(primerApellido: "PUENTE", segundoApellido: "TORRES", nombres: "OSCAR",
                                             yymmdd: "950102", sexo: "H", entidad: "JC", homoclave: "4").hasPrefix("PXTO"))
    }

    @Test func refusesForeignFoldersAndReusesItsOwnTree() throws {
        let folder = try TemporaryFolder()
        try folder.write("NOTAS.TXT", text: "no es un árbol sintético")
        #expect(throws: SyntheticTreeError.notEmpty(path: folder.url.path)) {
            try SyntheticTree.generate(count: 1, seed: 1, into: folder.url)
        }
        let tree = try TemporaryFolder()
        guard case .generated = try SyntheticTree.generate(count: 1, seed: 3, into: tree.url) else {
            Issue.record("must generate")
            return
        }
        #expect(try SyntheticTree.generate(count: 1, seed: 3, into: tree.url) == .alreadyPresent)
        let marker = try String(contentsOf: tree.url.appendingPathComponent(SyntheticTree.markerName), encoding: .utf8)
        #expect(marker.hasPrefix("expediente-synthetic 1\nfolders 1\nseed 3\ncomplete yes\n"))
        try tree.write("NOTAS.TXT", text: "ajeno")
        #expect(throws: SyntheticTreeError.unexpectedEntry(path: tree.url.path, name: "NOTAS.TXT")) {
            try SyntheticTree.generate(count: 1, seed: 4, into: tree.url)
        }
    }
}
