@testable import ExpedienteKit
import Foundation
import Testing

/// Every sample expediente through `fix` (in-process, the real rules and libraries): a file
/// `fix` writes never keeps a finding `fix` can repair, a file it does not write says why,
/// and the samples whose findings are all repairable come out ready to send (one fix of each).
struct FixSampleDocsTests {
    /// What `fix` repairs: names, format (PNG), size, colour and coding, density, trailing data.
    static let repairable: Set<CheckID> = [
        .nameUppercase, .nameAccents, .nameSpaces, .nameSymbols, .nameExtension, .nameExact, .nameEncoding,
        .typeNotJPEG, .sizeMaxBytes, .sizeMargin, .jpegColorSpace, .jpegArithmetic,
        .resolutionMinDPI, .resolutionInferred, .resolutionUnknown, .integrityTrailingData, .inventoryDuplicate,
    ]

    static let samples = (try? FileManager.default.contentsOfDirectory(atPath: CLIRunner.repository.appendingPathComponent("SampleDocs").path))?
        .filter { !$0.contains(".") }.sorted() ?? []

    static func fix(_ sample: String) throws -> FixResult {
        let source = CLIRunner.repository.appendingPathComponent("SampleDocs/\(sample)")
        var checker = try ExpedienteChecker(convocatoria: try RuleSelection.load(root: nil, convocatoria: nil))
        checker.library = ConvocatoriaLibrary(root: nil)
        let output = try CLIRunner.temporaryFolder()
        return try FolderFixer(checker: checker).fix(source: source.path, output: output.appendingPathComponent(sample).path)
    }

    @Test(arguments: samples)
    func aWrittenFileKeepsNoRepairableFindingAndAnUnwrittenOneSaysWhy(sample: String) throws {
        let result = try Self.fix(sample)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: result.output).deletingLastPathComponent().path) }
        for document in result.documents {
            if document.action == .refused {
                #expect(document.reason?.isEmpty == false, "\(sample)/\(document.source)")
                continue
            }
            for file in document.outputs {
                let left = result.report.observations.filter { $0.file == file }.compactMap(\.checkID).filter(Self.repairable.contains)
                #expect(left.isEmpty, "\(sample)/\(document.source) → \(file): \(left)")
            }
        }
        #expect(!result.report.observations.contains { $0.checkID == .inventoryDuplicate || $0.check.hasPrefix("name.") })
        if Self.allRepairable.contains(sample) {
            #expect(result.report.status == .enProcesoDeValidacion, "\(result.report.observations.filter { $0.severity != .aviso }.map(\.check))")
        }
    }

    /// The samples whose findings are all repairable: they come out ready to send.
    static let allRepairable: Set<String> = ["04-nombres-casi-correctos", "05-duplicados", "08-tamano-excedido", "09-color-y-codificacion"]

    @Test func theSamplesThatComeOutReadyExist() {
        #expect(Self.allRepairable.isSubset(of: Self.samples))
    }
}
