import ExpedienteKit
import Foundation
import Testing

/// `expediente quality`: the metrics and quality findings of single files, from the binary.
@Suite struct QualityCLITests {
    @Test func jsonGivesMetricsAndTheFindingsOfTheDocumentKind() throws {
        let output = try CLIRunner.run(["quality", "--format", "json",
                                        "SampleDocs/16-borroso/CURP.JPG", "SampleDocs/01-valido/CURP.JPG"])
        #expect(output.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array[0]["document"] as? String == "CURP")
        let blurred = try #require(array[0]["metrics"] as? [String: Any])
        let crisp = try #require(array[1]["metrics"] as? [String: Any])
        #expect(try #require(blurred["sharpness"] as? Double) < (try #require(crisp["sharpness"] as? Double)))
        let findings = try #require(array[0]["observations"] as? [[String: Any]])
        #expect(findings.map { $0["check"] as? String } == [CheckID.qualityBlur.rawValue])
        #expect((array[1]["observations"] as? [Any])?.isEmpty == true)
    }

    @Test func textNamesTheMeasuresInSpanish() throws {
        let output = try CLIRunner.run(["quality", "SampleDocs/15-pagina-en-blanco/TITULO2.JPG"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("TITULO2.JPG (TITULO2): papel"))
        #expect(output.stdout.contains("OBSERVACION quality.blank"))
    }

    @Test func documentOptionChoosesTheThresholds() throws {
        // The ID card has orientation off: the upside-down CURP page judged as one is not turned.
        let asCard = try CLIRunner.run(["quality", "--documento", "IDENTIFICACION1", "SampleDocs/18-girada-y-encuadre/CURP.JPG"])
        #expect(!asCard.stdout.contains(CheckID.qualityRotated.rawValue))
        let asCURP = try CLIRunner.run(["quality", "SampleDocs/18-girada-y-encuadre/CURP.JPG"])
        #expect(asCURP.stdout.contains(CheckID.qualityRotated.rawValue))
    }

    @Test func unreadableFilesAndUnknownKindsExitWithTwo() throws {
        let missing = try CLIRunner.run(["quality", "/no/existe.jpg"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("error: no existe"))
        let kind = try CLIRunner.run(["quality", "--documento", "PASAPORTE", "SampleDocs/01-valido/CURP.JPG"])
        #expect(kind.status == 2)
        #expect(kind.stdout.contains("no es un documento"))
        let notJPEG = try CLIRunner.run(["quality", "--documento", "CURP", "SampleDocs/07-tipo-real-distinto/CURP.JPG"])
        #expect(notJPEG.stdout.contains("no se pudo medir"))
        #expect(try CLIRunner.run(["quality"]).status == 2)
    }

    @Test func theQualitySetIsWrittenOnlyIntoANewOrEmptyFolder() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("otro.txt"))
        let output = try CLIRunner.runSamples(["--quality-set", folder.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("no está vacía"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["otro.txt"])
    }
}
