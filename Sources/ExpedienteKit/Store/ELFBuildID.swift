import Foundation

/// The GNU build ID of an ELF executable (the `NT_GNU_BUILD_ID` note that the linker derives
/// from the program it writes), read from the program headers at the start of the file: a
/// few kilobytes, where hashing the whole executable (tens of megabytes with its debug
/// information) cost a fifth of a `batch --store` rerun. 64-bit little-endian ELF only; nil for
/// anything else, or a file without the note.
enum ELFBuildID {
    static func read(path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        func bytes(at offset: Int, count: Int) -> [UInt8]? {
            guard offset >= 0, count > 0, (try? handle.seek(toOffset: UInt64(offset))) != nil,
                  let data = try? handle.read(upToCount: count), data.count == count else { return nil }
            return [UInt8](data)
        }
        // ELF magic, ELFCLASS64, ELFDATA2LSB.
        guard let header = bytes(at: 0, count: 64), header[0..<4] == [0x7F, 0x45, 0x4C, 0x46],
              header[4] == 2, header[5] == 1 else { return nil }
        let tableOffset = Self.integer(header, 32, 8), entrySize = Self.integer(header, 54, 2), entries = Self.integer(header, 56, 2)
        guard entrySize >= 56, (1...128).contains(entries), tableOffset > 0, tableOffset < 1 << 32,
              let table = bytes(at: tableOffset, count: entrySize * entries) else { return nil }
        for index in 0..<entries {
            let entry = index * entrySize
            guard Self.integer(table, entry, 4) == 4 else { continue } // PT_NOTE
            let offset = Self.integer(table, entry + 8, 8), size = Self.integer(table, entry + 32, 8)
            guard offset > 0, offset < 1 << 32, (1...(1 << 16)).contains(size),
                  let notes = bytes(at: offset, count: size), let id = buildID(in: notes) else { continue }
            return id
        }
        return nil
    }

    /// The descriptor of the first note named "GNU" of type 3 (`NT_GNU_BUILD_ID`) in `notes`.
    static func buildID(in notes: [UInt8]) -> [UInt8]? {
        var at = 0
        while at + 12 <= notes.count {
            let nameSize = integer(notes, at, 4), descriptorSize = integer(notes, at + 4, 4), type = integer(notes, at + 8, 4)
            let name = at + 12, descriptor = name + (nameSize + 3) / 4 * 4
            let end = descriptor + (descriptorSize + 3) / 4 * 4
            guard nameSize <= 1 << 12, descriptorSize <= 1 << 12, descriptor + descriptorSize <= notes.count else { return nil }
            if type == 3, nameSize == 4, notes[name..<(name + 4)] == [0x47, 0x4E, 0x55, 0], descriptorSize >= 8 {
                return Array(notes[descriptor..<(descriptor + descriptorSize)])
            }
            at = end
        }
        return nil
    }

    /// The little-endian unsigned integer of `width` bytes at `offset` (0 past the end).
    static func integer(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> Int {
        guard offset >= 0, offset + width <= bytes.count else { return 0 }
        var value = 0
        for k in (0..<width).reversed() { value = value << 8 | Int(bytes[offset + k]) }
        return value
    }
}
