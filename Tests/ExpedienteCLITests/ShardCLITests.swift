import ExpedienteKit
import Foundation
import Testing

/// `batch --shard K/N` and `batch --folders FILE` run as a GNU parallel job, a Kubernetes Indexed
/// Job or Spark's `RDD.pipe` run them: one process per shard, outputs put together afterwards.
@Suite struct ShardCLITests {
    let tree: BatchCLITests

    init() throws { tree = try BatchCLITests() }

    /// JSONL records (one per line here) in the order of their folder's name, as a whole run writes them.
    static func sortedJSONLines(_ text: String) throws -> [String] {
        let lines = text.split(separator: "\n").map(String.init)
        let keyed = try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (key: Array(try #require(object["path"] as? String).utf8), line: line)
        }
        return keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.line)
    }

    /// CSV rows (none spans lines here) in the order of their `carpeta` field.
    static func sortedRows(_ rows: [Substring]) throws -> [Substring] {
        let keyed = try rows.map { (key: Array(try #require(CSVReporter.parseFirstField($0)).utf8), row: $0) }
        return keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.row)
    }

    /// The JSONL and CSV of all shards (`--shard-by orden`, the default), concatenated from 0 to N-1
    /// (CSV: the header once), are byte for byte one whole run's; with `--shard-by hash`, after a
    /// stable sort by folder. Every folder is in one shard, each shard in name order.
    @Test func allShardsTogetherAreOneRun() throws {
        defer { tree.cleanUp() }
        let names = try tree.makeLightTree(12)
        // Other findings in every third folder, so the rows differ by more than their name.
        for name in names.enumerated().filter({ $0.offset % 3 == 0 }).map(\.element) {
            let folder = tree.root.appendingPathComponent(name)
            try FileManager.default.moveItem(at: folder.appendingPathComponent("IDENTIFICACION2.JPG"),
                                             to: folder.appendingPathComponent("identificacion 2.jpg"))
        }
        let count = 4
        for format in ["jsonl", "csv"] {
            let whole = try CLIRunner.run(["batch", "--format", format, "--jobs", "2", tree.root.path])
            #expect(whole.status == 0)
            for partition in ["orden", "hash"] {
                var parts: [String] = []
                for index in 0..<count {
                    let part = try CLIRunner.run(["batch", "--format", format, "--shard", "\(index)/\(count)",
                                                  "--shard-by", partition, tree.root.path])
                    #expect(part.status == 0, "\(part.stderr)")
                    parts.append(part.stdout)
                }
                if format == "jsonl" {
                    let together = partition == "orden" ? parts.joined() : try Self.sortedJSONLines(parts.joined()).map { $0 + "\n" }.joined()
                    #expect(together == whole.stdout, "\(partition)")
                    for part in parts { #expect(try Self.sortedJSONLines(part) == part.split(separator: "\n").map(String.init)) }
                } else {
                    let header = try #require(whole.stdout.split(separator: "\n").first)
                    #expect(parts.allSatisfy { $0.hasPrefix(header + "\n") })
                    var rows = parts.flatMap { $0.split(separator: "\n").dropFirst() }
                    if partition == "hash" { rows = try Self.sortedRows(rows) }
                    #expect(([header] + rows).joined(separator: "\n") + "\n" == whole.stdout, "\(partition)")
                }
            }
        }
        let stray = try CLIRunner.run(["batch", "--shard-by", "hash", tree.root.path])
        #expect(stray.status == 2)
        #expect(stray.stderr.contains("--shard-by solo tiene sentido con --shard"))
    }

    /// `--shard env/N` reads Kubernetes' JOB_COMPLETION_INDEX and checks the same folders as `--shard K/N`.
    @Test func theKubernetesIndexChoosesTheShard() throws {
        defer { tree.cleanUp() }
        _ = try tree.makeLightTree(12)
        let byIndex = try CLIRunner.run(["batch", "--format", "jsonl", "--shard", "1/4", tree.root.path])
        let byEnvironment = try CLIRunner.run(["batch", "--format", "jsonl", "--shard", "env/4", tree.root.path],
                                              environment: ["JOB_COMPLETION_INDEX": "1"])
        #expect(byEnvironment.status == 0)
        #expect(byEnvironment.stdout == byIndex.stdout)
        let unset = try CLIRunner.run(["batch", "--shard", "env/4", tree.root.path], environment: ["JOB_COMPLETION_INDEX": ""])
        #expect(unset.status == 2)
        let outOfRange = try CLIRunner.run(["batch", "--shard", "4/4", tree.root.path])
        #expect(outOfRange.status == 2)
        #expect(outOfRange.stderr.contains("K va de 0 a 3"))
    }

    /// Spark's `RDD.pipe` writes a partition's folders to standard input in any order: the output is
    /// the whole run's lines for those folders, in name order.
    @Test func aListOnStandardInputChecksThoseFoldersInNameOrder() throws {
        defer { tree.cleanUp() }
        let names = try tree.makeLightTree(6)
        let whole = try CLIRunner.run(["batch", "--format", "jsonl", tree.root.path])
        let lines = whole.stdout.split(separator: "\n")
        let listed = [names[4], "./" + names[1], tree.root.appendingPathComponent(names[2]).path]
        let piped = try CLIRunner.run(["batch", "--format", "jsonl", "--folders", "-", tree.root.path],
                                      input: listed.joined(separator: "\n") + "\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == [lines[1], lines[2], lines[4]].joined(separator: "\n") + "\n")
    }

    /// A bad line stops the run before anything is checked: exit 2, the line named in Spanish.
    @Test func aBadListIsRefusedWithItsLines() throws {
        defer { tree.cleanUp() }
        let names = try tree.makeLightTree(2)
        let list = tree.work.appendingPathComponent("lista.txt")
        try Data("\(names[0])\nno-existe\n".utf8).write(to: list)
        let run = try CLIRunner.run(["batch", "--format", "jsonl", "--folders", list.path, tree.root.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("línea 2: no hay «no-existe»"))
        let missing = try CLIRunner.run(["batch", "--folders", tree.work.appendingPathComponent("no.txt").path, tree.root.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("No se pudo leer la lista de carpetas"))
    }

    /// RAÍZ that is one applicant's folder: said in Spanish, `check` named, exit 2.
    @Test func oneApplicantsFolderIsNotABatchRoot() throws {
        defer { tree.cleanUp() }
        let folder = CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido").path
        let run = try CLIRunner.run(["batch", folder])
        #expect(run.status == 2)
        #expect(run.stderr.contains("contiene los archivos de un solo expediente"))
        #expect(run.stderr.contains("expediente check \(folder)"))
        #expect(!run.stderr.contains("0 carpeta(s) revisada(s)"))
    }
}
