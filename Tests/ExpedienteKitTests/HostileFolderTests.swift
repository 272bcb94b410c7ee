@testable import ExpedienteKit
import Foundation
import Testing

/// Whatever the folder holds, the check finishes, follows nothing outside it and
/// turns each oddity into a finding.
@Suite(.timeLimit(.minutes(5))) struct HostileFolderTests {
    /// A folder holding only the valid pages of `kinds`: each test adds the one oddity it is about.
    private func makeFolder(with kinds: [String] = []) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for kind in kinds { try folder.write("\(kind).JPG", TestPages.validLetter) }
        return folder
    }

    @Test func aLinkToAFileOutsideTheFolderIsNotFollowed() throws {
        let outside = try TemporaryFolder()
        let target = try outside.write("secreto.JPG", TestPages.validLetter)
        let folder = try makeFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("CURP.JPG").path, withDestinationPath: target.path)
        let report = try Checking.check(folder)
        #expect(report.checks(for: "CURP.JPG") == [.inventoryNotAFile])
        #expect(report.observations.first { $0.file == "CURP.JPG" }?.message.contains("enlace simbólico") == true)
    }

    @Test func linksToFoldersDanglingLinksAndLoopsAreHarmless() throws {
        let folder = try makeFolder()
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("CEDULA.JPG").path, withDestinationPath: "/")
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("INTERNADO.JPG").path, withDestinationPath: "/no/existe")
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("CERTIFICADO.JPG").path, withDestinationPath: "CERTIFICADO.JPEG")
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("CERTIFICADO.JPEG").path, withDestinationPath: "CERTIFICADO.JPG")
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("CERO.JPG").path, withDestinationPath: "/dev/zero")
        let report = try Checking.check(folder)
        for name in ["CEDULA.JPG", "INTERNADO.JPG", "CERTIFICADO.JPG", "CERTIFICADO.JPEG"] {
            #expect(report.checks(for: name) == [.inventoryNotAFile], "\(name)")
        }
        #expect(report.checks(for: "CERO.JPG") == [.inventoryUnknown])
    }

    @Test func aFIFOIsNeverOpened() throws {
        let folder = try makeFolder()
        let path = folder.url.appendingPathComponent("CURP.JPG").path
        #expect(mkfifo(path, 0o644) == 0)
        let report = try Checking.check(folder)
        #expect(report.checks(for: "CURP.JPG") == [.inventoryNotAFile])
        #expect(report.observations.first { $0.file == "CURP.JPG" }?.actual?.contains("FIFO") == true)
    }

    @Test(.enabled(if: geteuid() != 0, "root reads any file")) func anUnreadableFileIsAnObservation() throws {
        let folder = try makeFolder(with: ["CURP"])
        let path = folder.url.appendingPathComponent("CURP.JPG").path
        #expect(chmod(path, 0) == 0)
        defer { chmod(path, 0o644) }
        let report = try Checking.check(folder)
        #expect(report.checks(for: "CURP.JPG") == [.typeUnreadable])
    }

    @Test func aNameThatIsNotUTF8IsReportedAndStillRead() throws {
        let folder = try makeFolder()
        let raw: [UInt8] = Array("CURP".utf8) + [0xFF] + Array(".JPG".utf8)
        let path = RawName.bytes(of: folder.url) + [UInt8(ascii: "/")] + raw
        let fd = RawName.withCString(path) { open($0, O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        _ = TestPages.validLetter.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let report = try Checking.check(folder)
        let checks = report.checks(for: "CURP\\xFF.JPG")
        #expect(checks.contains(.nameEncoding))
        #expect(!checks.contains(.typeUnreadable), "the file is opened by its raw name")
        let finding = try #require(report.observations.first { $0.checkID == .nameEncoding })
        #expect(finding.actual == "bytes 43 55 52 50 FF 2E 4A 50 47")
        #expect(finding.document == "CURP")
    }

    @Test func controlCharactersInNamesAreEscapedInTextAndKeptInJSON() throws {
        let folder = try makeFolder()
        let names = ["CURP\n.JPG", "\u{1B}[2J\u{1B}[31mFOTO.JPG", "NOTA\u{7}.JPG"]
        for name in names { try folder.write(name, TestPages.validLetter) }
        let report = try Checking.check(folder)
        let text = TextReporter.render(report, convocatoria: Checking.convocatoria)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("\\x1B[2J\\x1B[31mFOTO.JPG"))
        let json = JSONReporter.render(report)
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != " " })
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = Set(((decoded["observations"] as? [[String: Any]]) ?? []).compactMap { $0["file"] as? String })
        for name in names { #expect(files.contains(name), "JSON keeps \(name.debugDescription) exactly") }
    }

    @Test func tenThousandFilesAreInventoried() throws {
        let folder = try makeFolder(with: ["CURP"])
        for i in 0..<10_000 {
            let fd = open(folder.url.appendingPathComponent(String(format: "EXTRA%05d.JPG", i)).path, O_CREAT | O_WRONLY, 0o644)
            close(fd)
        }
        let report = try Checking.check(folder)
        #expect(report.observations.filter { $0.checkID == .inventoryUnknown }.count == 10_000)
        #expect(report.documents.map(\.file) == ["CURP.JPG"])
        #expect(report.checks(for: "CURP.JPG").isEmpty, "the document among them is checked as usual")
    }

    @Test func aVeryLongNameIsHandled() throws {
        let folder = try makeFolder()
        let name = "CURP" + String(repeating: "A", count: 247) + ".JPG"
        try folder.write(name, [])
        let report = try Checking.check(folder)
        #expect(report.checks(for: name) == [.inventoryUnknown])
    }

    @Test func aFileGivenAsTheFolderIsAToolError() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("CURP.JPG", TestPages.validLetter)
        #expect(throws: ExpedienteError.notAFolder(file.path)) {
            try ExpedienteChecker(convocatoria: Checking.convocatoria).check(folder: file)
        }
    }

    @Test func checkingWritesNothingIntoTheFolder() throws {
        let folder = try makeFolder(with: ["CURP", "PUNTAJENARM"])
        try folder.write("CURP (1).JPG", Array(TestPages.validLetter.prefix(5000)))
        func snapshot() throws -> [String: Date] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            return try Dictionary(uniqueKeysWithValues: names.map { name in
                let attributes = try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent(name).path)
                return (name, attributes[.modificationDate] as? Date ?? .distantPast)
            })
        }
        let before = try snapshot()
        _ = try Checking.check(folder)
        #expect(try snapshot() == before)
    }
}
