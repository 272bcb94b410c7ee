@testable import ExpedienteKit
import Testing

/// The registry is derived from `CheckID` (an exhaustive switch); these tests hold each
/// check's definition to the id it is registered under.
struct CheckRegistryTests {
    @Test(arguments: CheckID.allCases)
    func eachIDHasItsOwnCheckNamedAfterIt(id: CheckID) {
        let check = CheckCatalog.check(id)
        #expect(check.definition.id == id, "\(id) is registered with the definition of \(check.definition.id)")
        #expect(id.rawValue.hasPrefix(check.definition.stage.rawValue + "."), "\(id) runs in stage \(check.definition.stage)")
        #expect(String(describing: check.checkType) == Self.typeName(for: id))
    }

    @Test func checksRunInTheContractsStageOrder() {
        let stages = CheckCatalog.all.map(\.stage)
        #expect(stages == stages.sorted { Stage.allCases.firstIndex(of: $0)! < Stage.allCases.firstIndex(of: $1)! })
        #expect(CheckCatalog.folderChecks.allSatisfy { type(of: $0).definition.stage == .inventory })
        #expect(CheckCatalog.dataChecks.allSatisfy { type(of: $0).definition.stage == .data })
        #expect(CheckCatalog.documentChecks.allSatisfy { ![.inventory, .data].contains(type(of: $0).definition.stage) })
    }

    /// The pipeline hands each stage's checks that stage's output; a check that read another
    /// type would stop the pipeline at run time, so it is caught here.
    @Test func eachDocumentCheckReadsWhatItsStageHandsOn() {
        let handedOn: [Stage: Any.Type] = [
            .name: DocumentSubject.self, .type: FileReading.self, .size: FileRead.self, .jpeg: JPEGRead.self,
            .resolution: HeaderRead.self, .integrity: DecodeAttempt.self, .quality: PageMeasure.self, .qr: QRRead.self,
        ]
        for check in CheckCatalog.documentChecks {
            let stage = type(of: check).definition.stage
            let expected = handedOn[stage].map(ObjectIdentifier.init)
            #expect(ObjectIdentifier(Self.input(of: check)) == expected, "\(type(of: check)) in stage \(stage)")
        }
    }

    static func input<Check: ExpedienteKit.DocumentCheck>(of _: Check) -> Any.Type { Check.Input.self }

    /// `resolution.min_dpi` is `ResolutionMinDPICheck`: the stage and each word capitalised,
    /// with the project's acronyms in capitals.
    static func typeName(for id: CheckID) -> String {
        let acronyms = ["jpeg": "JPEG", "qr": "QR", "dpi": "DPI", "curp": "CURP", "cer": "CER", "doi": "DOI", "issn": "ISSN", "imss": "IMSS"]
        let words = id.rawValue.split(whereSeparator: { $0 == "." || $0 == "_" }).map(String.init)
        return words.map { acronyms[$0] ?? $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Check"
    }
}
