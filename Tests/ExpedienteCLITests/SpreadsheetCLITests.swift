import ExpedienteKit
import Foundation
import Testing

/// The validator's spreadsheets as `batch` writes them, and the refusal to overwrite a report.
@Suite struct SpreadsheetCLITests {
    let tree: BatchCLITests

    init() throws { tree = try BatchCLITests() }

    /// `--findings-csv` has one row per finding of the JSONL, each with the folder's path, its name
    /// under RAÍZ and its convocatoria; the batch CSV has the convocatoria and the name at the end.
    @Test func theFindingsSheetHasARowPerFinding() throws {
        defer { tree.cleanUp() }
        let names = try tree.makeLightTree(3)
        let findings = tree.work.appendingPathComponent("hallazgos.csv")
        let jsonl = try CLIRunner.run(["batch", "--format", "jsonl", tree.root.path])
        let csv = try CLIRunner.run(["batch", "--format", "csv", "--findings-csv", findings.path, tree.root.path])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = try String(contentsOf: findings, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "carpeta,nombre_carpeta,convocatoria,estatus,documento,archivo,comprobacion,severidad,mensaje,correccion,esperado,encontrado")
        var expected: [String] = []
        for line in jsonl.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let path = try #require(object["path"] as? String)
            for observation in try #require(object["observations"] as? [[String: Any]]) {
                expected.append("\(path),\(CSVReporter.folderName(path)),\(try #require(object["convocatoria"] as? String)),"
                    + "\(try #require(object["status"] as? String)),\(observation["document"] as? String ?? ""),"
                    + "\(observation["file"] as? String ?? ""),\(try #require(observation["check"] as? String)),"
                    + "\(try #require(observation["severity"] as? String)),")
            }
        }
        #expect(!expected.isEmpty)
        #expect(rows.dropFirst().map { row in
            String(row.split(separator: ",", maxSplits: 8, omittingEmptySubsequences: false).prefix(8).joined(separator: ",")) + ","
        } == expected)
        let batchRows = csv.stdout.split(separator: "\n")
        #expect(batchRows.first?.hasSuffix(",convocatoria,nombre_carpeta,documentos_por_corregir") == true)
        let firstLine = try #require(jsonl.stdout.split(separator: "\n").first)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(firstLine.utf8)) as? [String: Any])
        let convocatoria = try #require(first["convocatoria"] as? String)
        #expect(batchRows[1].contains(",\(convocatoria),\(names[0]),"))
    }

    /// An existing report is not overwritten without `--force` (exit 2, nothing written), for
    /// `batch` (also `--findings-csv`) and `check`; an empty file is written.
    @Test func anExistingOutputIsRefusedUnlessForced() throws {
        defer { tree.cleanUp() }
        _ = try tree.makeLightTree(1)
        let out = tree.work.appendingPathComponent("ayer.jsonl")
        try Data("resultados de ayer\n".utf8).write(to: out)
        let refused = try CLIRunner.run(["batch", "--format", "jsonl", "--output", out.path, tree.root.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("ya existe y no está vacío"))
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "resultados de ayer\n")
        let sheet = tree.work.appendingPathComponent("nuevo.csv")
        let refusedSheet = try CLIRunner.run(["batch", "--output", sheet.path, "--findings-csv", out.path, tree.root.path])
        #expect(refusedSheet.status == 2)
        #expect(!FileManager.default.fileExists(atPath: sheet.path))
        let folder = CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido").path
        #expect(try CLIRunner.run(["check", folder, "--format", "json", "--output", out.path]).status == 2)
        #expect(try String(contentsOf: out, encoding: .utf8) == "resultados de ayer\n")

        let forced = try CLIRunner.run(["batch", "--format", "jsonl", "--output", out.path, "--force", tree.root.path])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("{\"schema\":\"expediente/1\""))
        let empty = tree.work.appendingPathComponent("vacio.json")
        try Data().write(to: empty)
        #expect(try CLIRunner.run(["check", folder, "--format", "json", "--output", empty.path]).status == 0)
        let noSheet = try CLIRunner.run(["batch", "--format", "jsonl", "--output", out.path, "--resume", "--findings-csv", sheet.path, tree.root.path])
        #expect(noSheet.status == 2)
        #expect(noSheet.stderr.contains("que no existe"))
    }

    /// A run stopped hard (kill -9) leaves its output and its findings sheet cut; `--resume` with
    /// both continues them into exactly what one whole run writes.
    @Test func resumeContinuesTheFindingsSheet() throws {
        defer { tree.cleanUp() }
        _ = try tree.makeLightTree(3)
        let wholeSheet = tree.work.appendingPathComponent("completa.csv")
        let whole = try CLIRunner.run(["batch", "--format", "jsonl", "--findings-csv", wholeSheet.path, tree.root.path])
        #expect(whole.status == 0)
        let lines = whole.stdout.split(separator: "\n").map { $0 + "\n" }
        let paths = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["path"] as? String
        }
        let rows: [String] = try String(contentsOf: wholeSheet, encoding: .utf8).split(separator: "\n").map { String($0) + "\n" }
        let first = rows.filter { $0.hasPrefix("\(paths[0] ?? ""),") }, second = rows.filter { $0.hasPrefix("\(paths[1] ?? ""),") }
        #expect(!first.isEmpty && second.count > 1)
        // Folder 1 complete in both; folder 2's rows written but its last row and its line cut.
        let out = tree.work.appendingPathComponent("cortado.jsonl"), sheet = tree.work.appendingPathComponent("cortada.csv")
        try Data((lines[0] + lines[1].prefix(lines[1].count / 2)).utf8).write(to: out)
        let cutSheet: [String] = [rows[0]] + first + Array(second.dropLast()) + [String(second[second.count - 1].prefix(10))]
        try Data(cutSheet.joined().utf8).write(to: sheet)
        let resumed = try CLIRunner.run(["batch", "--format", "jsonl", "--output", out.path, "--resume", "--findings-csv", sheet.path,
                                         tree.root.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8) == whole.stdout)
        #expect(try String(contentsOf: sheet, encoding: .utf8) == rows.joined())
    }
}
