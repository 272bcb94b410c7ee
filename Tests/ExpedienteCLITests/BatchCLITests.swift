import Foundation
import Testing

/// `expediente batch` and `expediente history` run as a validator runs them: the built binary on
/// a tree of real applicant folders.
@Suite struct BatchCLITests {
    let work: URL
    let root: URL

    init() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("expediente-batch-\(UUID().uuidString)")
        root = work.appendingPathComponent("convocatoria")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// `count` applicant folders: copies of the valid sample, every fifth without its SOLICITUD.
    func makeTree(_ count: Int) throws -> [String] {
        let names = Self.folderNames(count)
        for (index, name) in names.enumerated() {
            let folder = root.appendingPathComponent(name)
            try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido"), to: folder)
            if index % 5 == 4 { try FileManager.default.removeItem(at: folder.appendingPathComponent("SOLICITUD.JPG")) }
        }
        return names
    }

    /// Folder names as a call's folios: 2025-48-000001, 2025-48-000002, …
    static func folderNames(_ count: Int) -> [String] {
        (1...count).map { String(format: "2025-48-%06d", $0) }
    }

    func cleanUp() { try? FileManager.default.removeItem(at: work) }

    /// Each line is one complete `expediente/1` object; returns their paths.
    func jsonLinePaths(_ text: String) throws -> [String] {
        #expect(text.isEmpty || text.hasSuffix("\n"))
        return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["schema"] as? String == "expediente/1")
            return try #require(object["path"] as? String)
        }
    }

    /// Line breaks written so far. Reads through a file handle and only a non-empty file:
    /// Foundation's `String(contentsOf:)` leaks its buffer on an empty file (LeakSanitizer saw it).
    static func lineCount(of url: URL) -> Int {
        guard let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int, size > 0,
              let handle = FileHandle(forReadingAtPath: url.path) else { return 0 }
        defer { try? handle.close() }
        return (try? handle.readToEnd())?.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } ?? 0
    }

    @Test func csvHasAHeaderAndOneRowPerFolder() throws {
        defer { cleanUp() }
        let names = try makeTree(3)
        try FileManager.default.moveItem(at: root.appendingPathComponent(names[0]), to: root.appendingPathComponent("=GARCIA, ANA"))
        let output = try CLIRunner.run(["batch", "--format", "csv", "--jobs", "2", root.path])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first == "carpeta,estatus,anulaciones,observaciones,avisos,documentos_con_hallazgos,convocatoria,nombre_carpeta,documentos_por_corregir")
        #expect(lines.count == 4)
        // Sorted by raw name: "2025-…" folders, then "=GARCIA, ANA", quoted for its comma. The
        // aviso's document is among those with findings, not among those to fix.
        let aviso = try #require(lines[1].split(separator: ",")[5...].first)
        #expect(lines[1] == "\(root.path)/\(names[1]),EN_PROCESO_DE_VALIDACION,0,0,1,\(aviso),enarm-xlviii-2025-2026,\(names[1]),")
        #expect(lines[3] == "\"\(root.path)/=GARCIA, ANA\",EN_PROCESO_DE_VALIDACION,0,0,1,\(aviso),enarm-xlviii-2025-2026,\"'=GARCIA, ANA\",")
        #expect(output.stderr.contains("Resumen: 3 carpeta(s) revisada(s)."))
    }

    /// `count` light applicant folders (the two ID pages of the valid sample, a few hundredths of a
    /// second each in a debug build): many folders, so that an interruption has most of the run
    /// still ahead.
    func makeLightTree(_ count: Int) throws -> [String] {
        let names = Self.folderNames(count)
        let sample = CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido")
        for name in names {
            let folder = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in ["IDENTIFICACION1.JPG", "IDENTIFICACION2.JPG"] {
                try FileManager.default.copyItem(at: sample.appendingPathComponent(file), to: folder.appendingPathComponent(file))
            }
        }
        return names
    }

    /// Starts `batch` with these arguments, waits until `lines` records are in `out`, sends
    /// `signals` (each after the one before is acknowledged on standard error, so that a
    /// quick folder cannot end the run between them) and waits for the end. Returns the exit
    /// status, standard error and the seconds from the first signal to the end.
    func interrupt(_ arguments: [String], out: URL, after lines: Int, signals: [Int32]) throws -> (status: Int32, stderr: String, seconds: Double) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        let stderr = StderrBuffer()
        try process.run()
        stderr.drain(err.fileHandleForReading)
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline, process.isRunning, Self.lineCount(of: out) < lines {
            Thread.sleep(forTimeInterval: 0.005)
        }
        try #require(process.isRunning, "the run ended before it could be interrupted")
        let sent = Date()
        for (index, signal) in signals.enumerated() {
            if index > 0 {
                let acknowledged = Date().addingTimeInterval(10)
                while Date() < acknowledged, process.isRunning, !stderr.text.contains("Interrumpiendo") {
                    Thread.sleep(forTimeInterval: 0.001)
                }
            }
            kill(process.processIdentifier, signal)
        }
        process.waitUntilExit()
        stderr.waitForEnd()
        return (process.terminationStatus, stderr.text, Date().timeIntervalSince(sent))
    }

    /// Ctrl-C (or SIGTERM) at any --jobs, fewer, as many as or more than the cores: no new
    /// folder starts, the ones under way finish, every line is complete, the exit is 2, and
    /// --resume then writes exactly what one uninterrupted run writes.
    @Test(arguments: [(1, SIGINT), (2, SIGINT), (8, SIGTERM)])
    func anInterruptionStopsTheRunAtAnyJobsAndResumeFinishesIt(jobs: Int, signal: Int32) throws {
        defer { cleanUp() }
        // Enough folders that they, not the process's start and exit, are most of a run's time:
        // under ThreadSanitizer the exit alone takes about a second.
        let names = try makeLightTree(240)
        let started = Date()
        let full = try CLIRunner.run(["batch", "--jobs", "\(jobs)", "--format", "jsonl", root.path])
        let fullSeconds = Date().timeIntervalSince(started)
        #expect(full.status == 0)

        let out = work.appendingPathComponent("resultados.jsonl")
        let run = try interrupt(["batch", "--jobs", "\(jobs)", "--format", "jsonl", "--output", out.path, "--no-progress", root.path],
                                out: out, after: 2, signals: [signal])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Interrumpiendo"))
        #expect(run.stderr.contains("--resume"))
        let interrupted = try jsonLinePaths(try String(contentsOf: out, encoding: .utf8))
        #expect(interrupted.count >= 2 && interrupted.count < names.count, "\(interrupted.count) of \(names.count) written")
        #expect(interrupted == names.prefix(interrupted.count).map { root.appendingPathComponent($0).path })
        // Only the folders under way were finished: well before the rest of the run.
        #expect(run.seconds < fullSeconds / 2, "\(run.seconds) s after the signal; the whole run takes \(fullSeconds) s")

        let resumed = try CLIRunner.run(["batch", "--jobs", "\(jobs)", "--format", "jsonl", "--output", out.path, "--resume", root.path])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("\(interrupted.count) carpeta(s) ya revisada(s)"))
        #expect(resumed.stderr.contains("Resumen: \(names.count) carpeta(s) revisada(s)."))
        #expect(try String(contentsOf: out, encoding: .utf8) == full.stdout)
    }

    /// A second signal exits at once (130), without waiting for the folder under way; every
    /// line written is still complete.
    @Test func aSecondSignalExitsAtOnce() throws {
        defer { cleanUp() }
        let names = try makeTree(4)
        let out = work.appendingPathComponent("resultados.jsonl")
        let run = try interrupt(["batch", "--jobs", "1", "--format", "jsonl", "--output", out.path, "--no-progress", root.path],
                                out: out, after: 1, signals: [SIGINT, SIGINT])
        #expect(run.status == 130)
        let written = try jsonLinePaths(try String(contentsOf: out, encoding: .utf8))
        #expect(!written.isEmpty && written.count < names.count)
    }

    @Test func resumeDropsALastLineCutByAHardStop() throws {
        defer { cleanUp() }
        let names = try makeTree(3)
        let full = try CLIRunner.run(["batch", "--format", "jsonl", root.path])
        let lines = full.stdout.split(separator: "\n").map { $0 + "\n" }
        // What a killed run leaves: two complete lines and half of the third.
        let out = work.appendingPathComponent("cortado.jsonl")
        try Data((lines[0] + lines[1] + lines[2].prefix(lines[2].count / 2)).utf8).write(to: out)
        let resumed = try CLIRunner.run(["batch", "--format", "jsonl", "--output", out.path, "--resume", root.path])
        #expect(resumed.status == 0)
        #expect(try String(contentsOf: out, encoding: .utf8) == full.stdout)
        #expect(try jsonLinePaths(full.stdout).count == names.count)
    }

    @Test func resumeRefusesAFileThatIsNotItsOutput() throws {
        defer { cleanUp() }
        _ = try makeTree(1)
        let notes = work.appendingPathComponent("notas.jsonl")
        try Data("mis notas\n".utf8).write(to: notes)
        let output = try CLIRunner.run(["batch", "--format", "jsonl", "--output", notes.path, "--resume", root.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("no parece la salida"))
        #expect(try String(contentsOf: notes, encoding: .utf8) == "mis notas\n")
        #expect(try CLIRunner.run(["batch", "--resume", root.path]).status == 2)
    }

    @Test func nothingIsWrittenInsideTheRoot() throws {
        defer { cleanUp() }
        _ = try makeTree(2)
        let before = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
        let inOutput = try CLIRunner.run(["batch", "--format", "jsonl", "--output", root.appendingPathComponent("r.jsonl").path, root.path])
        #expect(inOutput.status == 2)
        let inStore = try CLIRunner.run(["batch", "--store", root.appendingPathComponent("2025-48-000001/s.db").path, root.path])
        #expect(inStore.status == 2)
        #expect(inStore.stderr.contains("nunca escribe"))
        let store = work.appendingPathComponent("resultados.sqlite").path
        #expect(try CLIRunner.run(["batch", "--store", store, root.path]).status == 0)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted() == before)
    }

    @Test func theStoreKeepsResultsAndHistoryAcrossRuns() throws {
        defer { cleanUp() }
        let names = try makeTree(2)
        let store = work.appendingPathComponent("resultados.sqlite").path
        let first = try CLIRunner.run(["batch", "--format", "jsonl", "--store", store, root.path])
        #expect(first.status == 0)
        #expect(first.stderr.contains("0 archivo(s) sin cambios"))
        let folder = root.appendingPathComponent(names[0])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("SOLICITUD.JPG"))
        let second = try CLIRunner.run(["batch", "--format", "jsonl", "--store", store, root.path])
        #expect(second.stdout == (try CLIRunner.run(["batch", "--format", "jsonl", root.path])).stdout)
        #expect(second.stderr.contains("0 revisado(s)"))

        let history = try CLIRunner.run(["history", "--store", store, folder.path])
        #expect(history.status == 0)
        let statuses = history.stdout.split(separator: "\n").dropFirst().map { line in
            ["EN_PROCESO_DE_VALIDACION", "PENDIENTE_DE_VALIDAR"].first { line.contains($0) }
        }
        #expect(statuses == ["EN_PROCESO_DE_VALIDACION", "PENDIENTE_DE_VALIDAR"])
        let unknown = try CLIRunner.run(["history", "--store", store, work.path])
        #expect(unknown.status == 1)
        #expect(unknown.stdout.contains("No hay historial"))
    }
}

/// Standard error of a child process as it arrives: one thread reads the pipe to its end, in
/// order, while the test looks at what came so far.
final class StderrBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let ended = DispatchSemaphore(value: 0)

    func drain(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            // `availableData` returns what the pipe holds as soon as it holds anything (empty at
            // the end); `read(upToCount:)` would wait for the whole count.
            while case let chunk = handle.availableData, !chunk.isEmpty {
                lock.lock()
                data.append(chunk)
                lock.unlock()
            }
            ended.signal()
        }
    }

    /// Blocks until the pipe's writer closed it (the child exited).
    func waitForEnd() {
        ended.wait()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
