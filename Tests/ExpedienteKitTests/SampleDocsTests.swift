import ExpedienteSamples
import Foundation
import Testing

/// SampleDocs/ is exactly what the generator makes: anyone can regenerate it.
@Suite struct SampleDocsTests {
    @Test func committedSamplesMatchTheGenerator() throws {
        let folder = try TemporaryFolder()
        let written = try SampleWriter.write(to: folder.url)
        #expect(written.map(\.name) == SampleWriter.catalog.map(\.name))
        let fm = FileManager.default
        for sample in written {
            let fresh = folder.url.appendingPathComponent(sample.name)
            let committed = TestPaths.sampleDocs.appendingPathComponent(sample.name)
            let names = try fm.contentsOfDirectory(atPath: fresh.path).sorted()
            #expect(try fm.contentsOfDirectory(atPath: committed.path).sorted() == names, "\(sample.name): regenerate with `swift run expediente samples`")
            for name in names {
                let a = try Data(contentsOf: fresh.appendingPathComponent(name))
                let b = try Data(contentsOf: committed.appendingPathComponent(name))
                #expect(a == b, "\(sample.name)/\(name) differs from the generator's output")
            }
        }
    }
}
