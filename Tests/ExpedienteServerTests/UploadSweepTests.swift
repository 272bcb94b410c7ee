@testable import ExpedienteServer
import Foundation
import Testing

/// What a server killed outright (SIGKILL) leaves in the temporary directory, the next one removes.
struct UploadSweepTests {
    @Test func foldersOfDeadServersAreRemovedAndOthersKept() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("barrido-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A PID that is no process: one of a child that has exited and been waited for.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = child.processIdentifier
        let stale = try UploadFolder(in: directory)
        let staleName = "\(UploadFolder.prefix)\(dead)-abc123"
        try FileManager.default.moveItem(atPath: stale.root.path, toPath: (directory as NSString).appendingPathComponent(staleName))
        let live = try UploadFolder(in: directory)  // this process's own, in use
        let alive = "\(UploadFolder.prefix)1-def456"  // PID 1 runs
        let other = "expediente-serve-sin-pid"
        let link = "\(UploadFolder.prefix)\(dead)-enlace"
        for name in [alive, other] {
            try FileManager.default.createDirectory(atPath: (directory as NSString).appendingPathComponent(name), withIntermediateDirectories: false)
        }
        try FileManager.default.createSymbolicLink(atPath: (directory as NSString).appendingPathComponent(link), withDestinationPath: live.root.path)

        #expect(UploadFolder.sweepStale(in: directory) == 1)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: directory))
        #expect(!left.contains(staleName))
        #expect(left.isSuperset(of: [live.root.lastPathComponent, alive, other, link]))
        #expect(FileManager.default.fileExists(atPath: live.folder.path))
    }
}
