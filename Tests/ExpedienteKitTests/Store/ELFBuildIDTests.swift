import Foundation
import Testing
@testable import ExpedienteKit

/// The build ID that names the program in the store's fingerprint, read from ELF bytes.
@Suite struct ELFBuildIDTests {
    /// A minimal 64-bit little-endian ELF file: the header, one PT_LOAD and one PT_NOTE entry,
    /// and a note segment holding an unrelated note, then the build ID.
    static func elf(buildID: [UInt8], noteType: UInt32 = 3, name: [UInt8] = Array("GNU\0".utf8)) -> [UInt8] {
        func le(_ value: Int, _ width: Int) -> [UInt8] { (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        func padded(_ bytes: [UInt8]) -> [UInt8] { bytes + [UInt8](repeating: 0, count: (4 - bytes.count % 4) % 4) }
        let other = le(4, 4) + le(16, 4) + le(1, 4) + padded(Array("GNU\0".utf8)) + [UInt8](repeating: 7, count: 16)
        let note = le(name.count, 4) + le(buildID.count, 4) + le(Int(noteType), 4) + padded(name) + padded(buildID)
        let notes = other + note
        let notesOffset = 64 + 2 * 56
        var header = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 8)
        header += le(2, 2) + le(0x3E, 2) + le(1, 4) + le(0, 8) + le(64, 8) + le(0, 8) + le(0, 4)
        header += le(64, 2) + le(56, 2) + le(2, 2) + le(64, 2) + le(0, 2) + le(0, 2)
        let load = le(1, 4) + le(5, 4) + [UInt8](repeating: 0, count: 48)
        let pnote = le(4, 4) + le(4, 4) + le(notesOffset, 8) + le(0, 8) + le(0, 8) + le(notes.count, 8) + le(notes.count, 8) + le(4, 8)
        return header + load + pnote + notes
    }

    func read(_ bytes: [UInt8]) throws -> [UInt8]? {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("program")
        try Data(bytes).write(to: url)
        return ELFBuildID.read(path: url.path)
    }

    @Test func theBuildIDNoteIsFoundAmongTheNotes() throws {
        let id: [UInt8] = (0..<20).map { UInt8($0 * 13 % 256) }
        #expect(try read(Self.elf(buildID: id)) == id)
        // Another note type, another owner, a file cut inside the notes, not ELF at all.
        #expect(try read(Self.elf(buildID: id, noteType: 1)) == nil)
        #expect(try read(Self.elf(buildID: id, name: Array("GNX\0".utf8))) == nil)
        #expect(try read(Array(Self.elf(buildID: id).dropLast(8))) == nil)
        #expect(try read(Array("#!/bin/sh\necho hola\n".utf8)) == nil)
        #expect(try read([]) == nil)
        #expect(ELFBuildID.read(path: "/no/such/program") == nil)
    }

    /// The running test program, as the linker wrote it: the same ID as `readelf -n` shows;
    /// linked without one, the fingerprint falls back to hashing the executable.
    @Test func theRunningProgramHasOne() throws {
        guard let id = ELFBuildID.read(path: "/proc/self/exe") else {
            #expect(!ResultFingerprint.programHash.hasPrefix("build-id:"))
            #expect(ResultFingerprint.programHash.count == 64)
            return
        }
        #expect(id.count >= 8)
        #expect(ResultFingerprint.programHash == "build-id:" + ResultFingerprint.hex(id))
        let readelf = Process()
        readelf.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
        guard FileManager.default.isExecutableFile(atPath: readelf.executableURL!.path) else { return }
        // The test program's own path: in the child, /proc/self/exe would be readelf.
        readelf.arguments = ["-n", try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")]
        let out = Pipe()
        readelf.standardOutput = out
        try readelf.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        readelf.waitUntilExit()
        #expect(text.contains("Build ID: " + ResultFingerprint.hex(id)), "\(text)")
    }
}
