@testable import ExpedienteKit
import Foundation
import Testing

/// The result store on real folders, real JPEGs and a real SQLite file.
@Suite struct ResultStoreTests {
    let folder: TemporaryFolder
    let storeFolder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        storeFolder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder)
    }

    var storePath: String { storeFolder.url.appendingPathComponent("resultados.sqlite").path }

    /// A checker with a store; racy window 0 so files written a moment ago count as settled.
    func checker(options: CheckOptions = .default, racyWindow: Int64 = 0) throws -> ExpedienteChecker {
        var checker = try ExpedienteChecker(convocatoria: Checking.convocatoria, options: options)
        checker.cache = ResultCache(store: try ResultStore.openForWriting(path: storePath), convocatoria: Checking.convocatoria,
                                    options: options, racyWindowNanoseconds: racyWindow)
        return checker
    }

    /// One run with its own store connection, closed when it returns (a run holds the store's lock).
    func run(options: CheckOptions = .default, racyWindow: Int64 = 0) throws
        -> (report: ExpedienteReport, counts: (unchanged: Int, rehashed: Int, checked: Int)) {
        let checker = try checker(options: options, racyWindow: racyWindow)
        return (try checker.check(folder: folder.url), checker.cache!.counters.summary)
    }

    @Test func unchangedFilesAreNotReadAgainAndGiveTheSameReport() throws {
        let first = try run()
        #expect(first.counts == (0, 0, 12))
        let second = try run()
        #expect(second.counts == (12, 0, 0))
        #expect(second.report == first.report)
    }

    @Test func aReplacedFileIsCheckedAgainAndItsNewFindingsReported() throws {
        _ = try run()
        try folder.write("CURP.JPG", Array("esto no es una imagen".utf8))
        let (report, counts) = try run()
        #expect(counts == (11, 0, 1))
        #expect(report.checks(for: "CURP.JPG").contains(.typeNotJPEG))
        #expect(report == (try ExpedienteChecker(convocatoria: Checking.convocatoria).check(folder: folder.url)))
    }

    @Test func aTouchedFileIsHashedButNotCheckedAgain() throws {
        _ = try run()
        let file = folder.url.appendingPathComponent("CEDULA.JPG")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: file.path)
        #expect(try run().counts == (11, 1, 0))
        #expect(try run().counts == (12, 0, 0))
    }

    @Test func aFileRecordedRightAfterItChangedIsHashedAgain() throws {
        // A window of an hour makes "written a moment before it was recorded" hold however slow
        // the machine is; the stamp alone is then not trusted.
        let hour: Int64 = 3_600_000_000_000
        _ = try run(racyWindow: hour)
        let again = try run(racyWindow: hour)
        #expect(again.counts.unchanged == 0)
        #expect(again.counts.checked == 0)
    }

    @Test func otherRulesOrLimitsCheckEverythingAgain() throws {
        _ = try run()
        var options = CheckOptions.default
        options.decodeLimits.maxPixels = 1_000_000
        let (report, counts) = try run(options: options)
        #expect(counts == (0, 0, 12))
        #expect(report.observations.contains { $0.checkID == .jpegHeader || $0.checkID == .integrityDecodeFailed })
    }

    @Test func theHistoryKeepsEachChangeOfStatus() throws {
        _ = try run()
        _ = try run()
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("SOLICITUD.JPG"))
        _ = try run()
        let history = try ResultStore.openForReading(path: storePath).history(folder: ResultStore.folderKey(for: folder.url.path))
        #expect(history.map(\.status) == [.enProcesoDeValidacion, .pendienteDeValidar])
        #expect(history[0].lastChecked >= history[0].since)
    }

    @Test func aSecondWriterIsRefusedWhileTheFirstHoldsTheStore() throws {
        let first = try ResultStore.openForWriting(path: storePath)
        #expect(throws: StoreError.locked(storePath)) { try ResultStore.openForWriting(path: storePath) }
        _ = first
        // Readers (history) are not blocked.
        #expect(try ResultStore.openForReading(path: storePath).history(folder: "/nada").isEmpty)
    }

    @Test func aCorruptStoreIsAnErrorNeverResults() throws {
        do {
            let store = try ResultStore.openForWriting(path: storePath)
            var checker = try ExpedienteChecker(convocatoria: Checking.convocatoria)
            checker.cache = ResultCache(store: store, convocatoria: Checking.convocatoria, options: .default)
            _ = try checker.check(folder: folder.url)
            try store.checkpoint()
        }
        let handle = try #require(FileHandle(forUpdatingAtPath: storePath))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 4096)
        var generator = SystemRandomNumberGenerator()
        handle.write(Data((0..<Int(size) - 4096).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try handle.close()
        #expect {
            let store = try ResultStore.openForWriting(path: storePath)
            var checker = try ExpedienteChecker(convocatoria: Checking.convocatoria)
            checker.cache = ResultCache(store: store, convocatoria: Checking.convocatoria, options: .default)
            _ = try checker.check(folder: folder.url)
        } throws: { error in
            if case StoreError.corrupt = error { return true }
            if case ExpedienteError.store(.corrupt) = error { return true }
            return false
        }
    }

    @Test func anotherSQLiteFileOrAnyOtherFileIsNotTouched() throws {
        let other = storeFolder.url.appendingPathComponent("otra.sqlite").path
        let text = storeFolder.url.appendingPathComponent("notas.txt")
        try Data("notas del validador\n".utf8).write(to: text)
        #expect(throws: StoreError.notAStore(text.path)) { try ResultStore.openForWriting(path: text.path) }
        #expect(try Data(contentsOf: text) == Data("notas del validador\n".utf8))
        // A SQLite database of another program.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3; c = sqlite3.connect('\(other)'); c.execute('create table t (x)'); c.commit()"]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        #expect(throws: StoreError.notAStore(other)) { try ResultStore.openForWriting(path: other) }
    }
}
