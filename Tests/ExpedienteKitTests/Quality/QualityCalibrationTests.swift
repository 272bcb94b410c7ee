import ExpedienteKit
import ExpedienteSamples
import Foundation
import Testing

/// The quality stage on real generated scans: every labelled page of the calibration set, on
/// one small document (the ID card, or a CURP sheet where orientation and framing apply), run
/// through the whole pipeline with the shipped rule files.
@Suite struct QualityCalibrationTests {
    static let checker = try! ExpedienteChecker(convocatoria: Checking.convocatoria)

    /// One case per category and strength, borderline ones left out (they are not scored).
    static let representative: [QualityCase] = {
        var seen: Set<String> = []
        return QualityCalibrationSet.cases(seed: 7).filter { item in
            guard item.label != .borderline else { return false }
            let wanted: SampleDocumentKind = ["girada", "encuadre"].contains(item.category) ? .curp : .identificacion1
            return item.kind == wanted && seen.insert("\(item.category)/\(item.variant)").inserted
        }
    }()

    static func inspect(_ item: QualityCase) throws -> DocumentInspection {
        let folder = try TemporaryFolder()
        var options = item.options
        // Sheets at 150 ppp (measured at 1/2, the same 75 ppp) keep this suite fast in debug builds.
        if options.kind == .curp { options.dpi = 150 }
        let file = try folder.write(item.fileName, try SamplePages.jpeg(options))
        return checker.inspect(file: file.path, kind: item.kind.rawValue)
    }

    @Test(arguments: representative)
    func theVerdictMatchesTheLabel(_ item: QualityCase) throws {
        let inspection = try Self.inspect(item)
        #expect(inspection.error == nil)
        #expect(inspection.quality != nil, "\(item.fileName) was not measured")
        let fired = Set(inspection.observations.compactMap(\.checkID).filter { CheckCatalog.definition($0).stage == .quality })
        switch item.label {
        case .clean: #expect(fired.isEmpty, "\(item.fileName): a legible page flagged \(fired.map(\.rawValue).sorted())")
        case .defect:
            // Text faded to 10 % of its contrast can fall below the ink threshold: the page is then
            // reported blank, which asks for the same new scan (README, «Calibración»).
            let accepted: Set<CheckID> = item.check == .qualityLowContrast ? [item.check!, .qualityBlank] : [item.check!]
            #expect(!fired.isDisjoint(with: accepted), "\(item.fileName): \(item.check!) not reported (\(fired.map(\.rawValue).sorted()))")
        case .borderline: break
        }
    }

    @Test func everyQualityCheckHasDefectsAndEveryCategoryHasItsCheck() {
        let cases = QualityCalibrationSet.cases()
        let qualityChecks = Set(CheckCatalog.all.filter { $0.stage == .quality }.map(\.id))
        #expect(Set(cases.filter { $0.label == .defect }.compactMap(\.check)) == qualityChecks)
        #expect(cases.filter { $0.label == .clean }.count >= 100)
        #expect(Set(cases.map(\.fileName)).count == cases.count, "file names must be unique")
    }

    @Test func theSameSeedGivesTheSameBytes() throws {
        let item = try #require(QualityCalibrationSet.cases(seed: 3).first { $0.category == "ruido" && $0.kind == .identificacion1 })
        let again = try #require(QualityCalibrationSet.cases(seed: 3).first { $0.fileName == item.fileName })
        #expect(try SamplePages.jpeg(item.options) == (try SamplePages.jpeg(again.options)))
    }
}

extension QualityCase: CustomTestStringConvertible {
    public var testDescription: String { fileName }
}
