import ExpedienteKit
import Foundation
import Testing

/// Applicant data from the folder, from `--registro`, and from the batch CSV, through the binary.
@Suite struct RegistroCLITests {
    /// A copy of the valid ENARM sample's documents (without its REGISTRO.yaml) in a temporary folder.
    static func copyOfValidSample(into root: URL, named name: String = "aspirante") throws -> URL {
        let source = CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido")
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: source.path) where file.hasSuffix(".JPG") {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        return folder
    }

    @Test func registroFlagGivesDataFindingsWithoutTouchingTheFolder() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try Self.copyOfValidSample(into: root)
        let registro = root.appendingPathComponent("datos.json")
        try Data(#"{"convocatoria": "enarm-xlviii-2025-2026", "curp": "PEGL890909MJCRMS09", "calificaciones": {"promedio_licenciatura": 8.8}}"#.utf8)
            .write(to: registro)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let output = try CLIRunner.run(["check", "--format", "json", "--registro", registro.path, folder.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("\"check\": \"\(CheckID.dataCURPCheckDigit)\""))
        #expect(output.stdout.contains("\"check\": \"\(CheckID.dataGradeScale)\""))
        #expect(output.stdout.contains("\"expected\": \"88.0\""))
        // The QR of the constancia carries the sample applicant's CURP, not the registered one.
        #expect(output.stdout.contains("\"check\": \"\(CheckID.dataCURPMismatch)\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
    }

    @Test func aBrokenRegistroIsAnObservationWithItsLine() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try Self.copyOfValidSample(into: root)
        try Data("convocatoria: enarm-xlviii-2025-2026\ncurpp: X\n".utf8).write(to: folder.appendingPathComponent("REGISTRO.yaml"))
        let output = try CLIRunner.run(["check", folder.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("[data.registro]"))
        #expect(output.stdout.contains("curpp"))
        #expect(output.stdout.contains("línea 2"))
        #expect(!output.stdout.contains(CheckID.inventoryUnknown.rawValue))
    }

    @Test func theRegistroChoosesTheCallAndAnExplicitOneWins() throws {
        let cer = try CLIRunner.run(["check", "SampleDocs/25-cer-valido"])
        #expect(cer.stdout.contains("Convocatoria: cer-2026-2027"))
        let forced = try CLIRunner.run(["check", "--convocatoria", "cer-2026-2027", "SampleDocs/01-valido"])
        #expect(forced.stdout.contains("[data.convocatoria]"))
        #expect(forced.stdout.contains("[inventory.missing]"))
    }

    @Test func batchReadsOneCSVRowPerFolder() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let tree = root.appendingPathComponent("raiz")
        _ = try Self.copyOfValidSample(into: tree, named: "A001")
        let csv = root.appendingPathComponent("registros.csv")
        try Data("""
            carpeta,convocatoria,curp,perfil,edicion_enarm,calificacion_promedio_licenciatura,servicio_social_imss
            A001,enarm-xlviii-2025-2026,PEGL890909MQQRMS02,"todos",XLVIII,9.5,sí

            """.utf8).write(to: csv)
        let output = try CLIRunner.run(["batch", "--format", "jsonl", "--jobs", "1", "--registro", csv.path, tree.path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("\"check\":\"\(CheckID.dataCURPState)\""))
        #expect(output.stdout.contains("\"check\":\"\(CheckID.dataGradeScale)\""))
        #expect(output.stdout.contains("\"concept\":\"servicio-social-imss\""))
        let bad = root.appendingPathComponent("malo.csv")
        try Data("folio,curp\nA001,X\n".utf8).write(to: bad)
        let refused = try CLIRunner.run(["batch", "--registro", bad.path, tree.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("carpeta"))
    }
}
