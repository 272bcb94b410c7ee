import Foundation
import Testing

/// The argument parser's help and usage errors come out in Spanish (it writes English and has
/// no way to localise), with the contract's exit codes: 0 for help, 2 for a usage error.
@Suite struct SpanishParserTests {
    @Test func aMissingArgumentIsSaidInSpanish() throws {
        let output = try CLIRunner.run(["check"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Error: Falta el argumento '<CARPETA>'"), "\(output.stderr)")
        #expect(output.stderr.contains("Uso:"))
        #expect(output.stderr.contains("para más información"))
        for english in ["Missing", "Usage:", "for more information"] { #expect(!output.stderr.contains(english), "\(english)") }
    }

    @Test func aBadValueListsTheChoicesInSpanish() throws {
        let output = try CLIRunner.run(["check", "--format", "xml", "SampleDocs/01-valido"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("El valor 'xml' no es válido para '--format <FORMATO>'"), "\(output.stderr)")
        #expect(output.stderr.contains("Indique uno de"))
        #expect(!output.stderr.contains("Please provide"))
    }

    @Test func anUnknownOptionIsSaidInSpanish() throws {
        let output = try CLIRunner.run(["check", "--formato", "json", "SampleDocs/01-valido"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Opción desconocida '--formato'"), "\(output.stderr)")
    }

    @Test(arguments: [["--help"], ["check", "--help"], ["help", "batch"], ["fix", "-h"]])
    func helpIsInSpanish(arguments: [String]) throws {
        let output = try CLIRunner.run(arguments)
        #expect(output.status == 0)
        #expect(output.stdout.contains("USO:"), "\(output.stdout)")
        #expect(output.stdout.contains("OPCIONES:"))
        #expect(output.stdout.contains("Muestra esta ayuda."))
        // One name for one kind of value: the rules folder is not the applicant's folder.
        #expect(!output.stdout.contains("--rules <CARPETA>"))
        for english in ["USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "OVERVIEW:", "(default:", "(values:", "Show help information",
                        "<options>", "<subcommand>"] {
            #expect(!output.stdout.contains(english), "\(arguments): \(english)")
        }
    }
}
