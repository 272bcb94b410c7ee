import ExpedienteKit
@testable import ExpedienteSamples
import Foundation
import Testing

/// `expediente-samples --synthetic N --realistic`: pages like real 300-ppp scans.
@Suite struct SyntheticRealisticTests {
    @Test func qrKindsAreRealistic() throws {
        let plan = try SyntheticTree.plan(count: 200, seed: 5, style: .realistic)
        func pages(_ kind: SampleDocumentKind) -> [PageOptions] {
            plan.flatMap(\.files).compactMap { file in
                if case .page(let options) = file.content, options.kind == kind { options } else { nil }
            }
        }
        #expect(pages(.puntajeENARM).allSatisfy { $0.resolvedQRPayload != nil })
        let titulos = pages(.titulo1), cedulas = pages(.cedula)
        let titulosWithout = titulos.filter { $0.resolvedQRPayload == nil }.count
        let cedulasWithout = cedulas.filter { $0.resolvedQRPayload == nil }.count
        // A título printed without QR is the common case, a cédula without one is frequent.
        #expect(titulosWithout > titulos.count / 2 && titulosWithout < titulos.count, "\(titulosWithout) of \(titulos.count)")
        #expect(cedulasWithout > cedulas.count / 5 && cedulasWithout < cedulas.count / 2 + cedulas.count / 5, "\(cedulasWithout) of \(cedulas.count)")
        #expect(titulos.allSatisfy { $0.grain >= 3 })
        // The plain tree is unchanged by the realistic one.
        #expect(try SyntheticTree.plan(count: 200, seed: 5).allSatisfy { $0.style == .plain })
    }

    @Test func pagesWeighLikeRealScansUnderTheLimit() throws {
        let tree = try TemporaryFolder()
        guard case .generated(let folders) = try SyntheticTree.generate(count: 1, seed: 2, style: .realistic, into: tree.url),
              let folder = folders.first else {
            Issue.record("an empty folder must be generated")
            return
        }
        try #require(folder.defect == nil)
        let root = tree.url.appendingPathComponent(folder.name)
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".JPG") }
        #expect(names.count == 12)
        var total = 0
        for name in names {
            let size = try Data(contentsOf: root.appendingPathComponent(name)).count
            total += size
            #expect(size <= SyntheticRealism.budget, "\(name): \(size) bytes")
            #expect(size >= 200_000, "\(name): \(size) bytes")
        }
        #expect(total / names.count >= 300_000, "mean \(total / names.count) bytes")
        let marker = try String(contentsOf: tree.url.appendingPathComponent(SyntheticTree.markerName), encoding: .utf8)
        #expect(marker.contains("\nstyle realistic\n"))
        // A plain tree of the same count and seed is another tree: it replaces this one.
        guard case .generated = try SyntheticTree.generate(count: 1, seed: 2, into: tree.url) else {
            Issue.record("a plain tree must replace the realistic one")
            return
        }
    }
}
