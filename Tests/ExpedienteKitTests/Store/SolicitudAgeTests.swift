@testable import ExpedienteKit
import Foundation
import GRDB
import Testing

/// The SOLICITUD must be the last print (ENARM 2.2.1 j, CER 3.1 12): with a store, a registro
/// that changed while the SOLICITUD stayed the same file gives the aviso until a new scan; the
/// example tests cover the modification times of a folder checked without a store.
@Suite struct SolicitudAgeTests {
    let folder: TemporaryFolder
    let storeFolder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        storeFolder = try TemporaryFolder()
        try TestPages.writeValidFolder(folder)
        try registro("curp: PEGL890909MJCRMS08\n")
    }

    var storePath: String { storeFolder.url.appendingPathComponent("resultados.sqlite").path }

    /// REGISTRO.yaml written with a modification time older than the pages', so only the store decides.
    func registro(_ text: String) throws {
        try folder.write("REGISTRO.yaml", text: text)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -86_400)],
                                              ofItemAtPath: folder.url.appendingPathComponent("REGISTRO.yaml").path)
    }

    func outdated() throws -> [Observation] {
        var checker = try ExpedienteChecker(convocatoria: Checking.convocatoria)
        checker.cache = ResultCache(store: try ResultStore.openForWriting(path: storePath), convocatoria: Checking.convocatoria, options: .default)
        return try checker.check(folder: folder.url).observations.filter { $0.checkID == .dataSolicitudOutdated }
    }

    @Test func aRegistroChangedAfterTheSolicitudGivesTheAvisoUntilANewScan() throws {
        #expect(try outdated().isEmpty)
        try registro("curp: PEGL890909MJCRMS08\n# un comentario no es un cambio\n")
        #expect(try outdated().isEmpty)

        try registro("curp: PEGL890909MJCRMS08\nedicion_enarm: XLVIII\n")
        let first = try outdated()
        #expect(first.count == 1)
        #expect(first.first?.file == "SOLICITUD.JPG" && first.first?.severity == .aviso)
        #expect(first.first?.message.contains("y SOLICITUD.JPG es el mismo archivo") == true)
        #expect(try outdated().count == 1, "the aviso stays while the SOLICITUD is the same file")

        try folder.write("SOLICITUD.JPG", TestPages.validFolderPages[TestPages.requiredKinds.firstIndex(of: "SOLICITUD")!] + [0xFF, 0xD9])
        #expect(try outdated().isEmpty, "a new scan is the new print")
    }

    @Test func theDataBackAsTheyWereNeedNoNewPrint() throws {
        #expect(try outdated().isEmpty)
        try registro("curp: PEGL890909MJCRMS08\nedicion_enarm: XLVIII\n")
        #expect(try outdated().count == 1)
        try registro("curp: PEGL890909MJCRMS08\n")
        #expect(try outdated().isEmpty)
    }

    @Test func aStoreOfTheFirstSchemaGetsTheTable() throws {
        _ = try outdated()
        let queue = try DatabaseQueue(path: storePath)
        try queue.write { db in
            try db.execute(sql: "DROP TABLE solicitud; PRAGMA user_version = 1")
        }
        try queue.close()
        #expect(try outdated().isEmpty)
        let reopened = try DatabaseQueue(path: storePath)
        #expect(try reopened.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 2)
        #expect(try reopened.read { try $0.tableExists("solicitud") })
    }

    @Test(arguments: [(0, nil), (300, nil), (301, "5 minutos"), (7_200, "2 horas"), (86_400 * 3, "3 días")] as [(Int, String?)])
    func modificationTimesWithinFiveMinutesAreTheSameMoment(seconds: Int, words: String?) {
        let scanned = Date(timeIntervalSince1970: 1_700_000_000)
        let current = SolicitudRecord(solicitud: [1], registro: [2], since: scanned)
        let age = SolicitudAge.judge(stored: nil, current: current, registroModified: scanned.addingTimeInterval(TimeInterval(seconds)),
                                     solicitudModified: scanned)
        #expect(age.flatMap { SolicitudAge.duration(seconds: $0) } == words)
    }
}

extension SolicitudAge {
    static func duration(seconds age: SolicitudAge) -> String? {
        guard case .registroNewerBy(let seconds) = age else { return nil }
        return duration(seconds)
    }
}
