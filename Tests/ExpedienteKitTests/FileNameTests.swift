@testable import ExpedienteKit
import Testing

@Suite struct FileNameTests {
    @Test(arguments: [
        ("CURP.JPG", "CURP", "JPG", "CURP"),
        ("curp.jpg", "curp", "jpg", "CURP"),
        ("Cédula.jpeg", "Cédula", "jpeg", "CEDULA"),
        ("Ce\u{301}dula.jpeg", "Ce\u{301}dula", "jpeg", "CEDULA"),
        ("ACTA NACIMIENTO.JPG", "ACTA NACIMIENTO", "JPG", "ACTANACIMIENTO"),
        ("CURP (1).JPG", "CURP (1)", "JPG", "CURP"),
        ("CURP - copia.jpg", "CURP - copia", "jpg", "CURP"),
        ("CURP.JPG.JPG", "CURP.JPG", "JPG", "CURP"),
        ("TITULO1", "TITULO1", nil, "TITULO1"),
        (".DS_Store", ".DS_Store", nil, "DSSTORE"),
    ] as [(String, String, String?, String)])
    func splitsAndFolds(name: String, stem: String, ext: String?, folded: String) {
        let fileName = FileName(name)
        #expect(fileName.stem == stem)
        #expect(fileName.fileExtension == ext)
        #expect(fileName.foldedStem == folded)
    }

    @Test func nfcAndNfdFoldTheSame() {
        #expect(FileName("IDENTIFICACIÓN1.JPG").foldedStem == FileName("IDENTIFICACIO\u{301}N1.JPG").foldedStem)
    }

    @Test func digitsThatAreNotACopyMarkStay() {
        #expect(FileName("TITULO1.JPG").foldedStem == "TITULO1")
        #expect(FileName("IDENTIFICACION2 (2).JPG").foldedStem == "IDENTIFICACION2")
    }
}

@Suite struct ResolutionEstimateTests {
    @Test(arguments: [
        (2550, 3300, ResolutionEstimate.Paper.letter, 300),
        (3300, 2550, .letter, 300),
        (1275, 1650, .letter, 150),
        (2480, 3508, .a4, 300),
        (2551, 4016, .oficio, 300),
    ] as [(Int, Int, ResolutionEstimate.Paper, Int)])
    func infersFromKnownPages(width: Int, height: Int, paper: ResolutionEstimate.Paper, dpi: Int) throws {
        let estimate = try #require(ResolutionEstimate.infer(width: width, height: height))
        #expect(estimate.source == .inferred(paper))
        #expect(Int(estimate.dpi.rounded()) == dpi)
    }

    @Test func unknownProportionsInferNothing() {
        #expect(ResolutionEstimate.infer(width: 4032, height: 3024) == nil)
        #expect(ResolutionEstimate.infer(width: 800, height: 800) == nil)
        #expect(ResolutionEstimate.infer(width: 0, height: 0) == nil)
    }

    @Test func seventyTwoAndAspectRatioMeanUnknown() {
        #expect(ResolutionEstimate.isMeaningful(PixelDensity(unit: .perInch, x: 72, y: 72)) == nil)
        #expect(ResolutionEstimate.isMeaningful(PixelDensity(unit: .none, x: 1, y: 1)) == nil)
        #expect(ResolutionEstimate.isMeaningful(PixelDensity(unit: .perInch, x: 1, y: 1)) == nil)
        #expect(ResolutionEstimate.isMeaningful(PixelDensity(unit: .perInch, x: 150, y: 150)) == 150)
        let dpcm = ResolutionEstimate.isMeaningful(PixelDensity(unit: .perCentimetre, x: 118, y: 118))
        #expect(abs((dpcm ?? 0) - 299.72) < 0.01)
    }
}

@Suite struct ReporterTextTests {
    @Test func controlCharactersAndEscapesAreShownNotObeyed() {
        #expect(TerminalText.safe("CURP\u{1B}[31m.JPG") == "CURP\\x1B[31m.JPG")
        #expect(TerminalText.safe("A\nB\tC") == "A\\x0AB\\x09C")
        #expect(TerminalText.safe("Cédula MUÑOZ") == "Cédula MUÑOZ")
    }

    @Test func jsonKeepsKeyOrderAndEscapesLosslessly() {
        let value = JSONValue.object([("b", .string("é\n\"\u{1B}")), ("a", .null), ("n", .number(3)), ("l", .array([]))])
        #expect(value.serialized() == #"{"b":"é\n\"\u001b","a":null,"n":3,"l":[]}"#)
    }

    @Test func messageTemplatesFillKnownPlaceholdersOnly() {
        #expect(MessageTemplate.render("{file} pesa {kb}", ["file": "CURP.JPG", "kb": "512 KB"]) == "CURP.JPG pesa 512 KB")
        #expect(MessageTemplate.render("falta {nada}", [:]) == "falta {nada}")
        #expect(MessageTemplate.placeholders(in: "{a} y {b} {") == ["a", "b"])
    }

    @Test func kilobytesAreCountedAs1024AndRoundedUp() {
        #expect(SizeMaxBytesCheck.kilobytes(409_600) == "400 KB")
        #expect(SizeMaxBytesCheck.kilobytes(409_601) == "401 KB")
    }
}
