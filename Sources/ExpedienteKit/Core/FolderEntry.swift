import Foundation

/// One name found directly in the applicant's folder. Listing never follows a
/// link and never opens an entry; names are kept as the raw bytes on disk, so
/// a name that is not valid UTF-8 can still be reported and read.
public struct FolderEntry: Sendable, Equatable {
    public enum EntryType: String, Sendable {
        case regular, directory, symbolicLink, other
    }

    /// The name as the file system stores it.
    public let rawName: [UInt8]
    /// The name as text (invalid UTF-8 bytes become U+FFFD) for matching and name checks.
    public let name: FileName
    /// Full path as raw bytes, for opening.
    public let path: [UInt8]
    public let type: EntryType
    /// Size in bytes from `lstat`, 0 for what is not a regular file.
    public let size: Int
    /// What `lstat` said of a regular file when the folder was listed: the key of the result store.
    public let stamp: FileStamp?

    public var isValidUTF8: Bool { String(validating: rawName, as: UTF8.self) != nil }

    /// Path relative to the folder checked, as reports show it: the name itself,
    /// with any byte that is not UTF-8 written `\xNN` (the folder is not walked).
    public var relativePath: String { RawName.display(rawName) }

    public var url: URL { URL(fileURLWithPath: String(decoding: path, as: UTF8.self)) }

    public init(rawName: [UInt8], path: [UInt8], type: EntryType, size: Int, stamp: FileStamp? = nil) {
        self.rawName = rawName
        self.name = FileName(String(decoding: rawName, as: UTF8.self))
        self.path = path
        self.type = type
        self.size = size
        self.stamp = stamp
    }

    /// Lists `folder` (its raw path bytes) without following links or opening any entry.
    public static func list(rawPath folder: [UInt8]) throws(ExpedienteError) -> [FolderEntry] {
        let shown = RawName.display(folder)
        var info = stat()
        guard RawName.withCString(folder, { stat($0, &info) }) == 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .folderNotFound(shown) : .folderUnreadable(shown)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(shown) }
        guard let dir = RawName.withCString(folder, { opendir($0) }) else { throw .folderUnreadable(shown) }
        defer { closedir(dir) }
        var entries: [FolderEntry] = []
        let base = folder.last == UInt8(ascii: "/") ? folder : folder + [UInt8(ascii: "/")]
        while let entry = readdir(dir) {
            // Read d_name in place, only up to its NUL: glibc's dirent records are d_reclen
            // bytes long, so copying the whole struct reads past the end of readdir's buffer.
            let namePointer = UnsafeRawPointer(entry).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                .assumingMemoryBound(to: CChar.self)
            let name = Array(UnsafeRawBufferPointer(start: namePointer, count: strlen(namePointer)))
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            let path = base + name
            var entryInfo = stat()
            guard RawName.withCString(path, { lstat($0, &entryInfo) }) == 0 else {
                entries.append(FolderEntry(rawName: name, path: path, type: .other, size: 0))
                continue
            }
            let type: EntryType = switch entryInfo.st_mode & S_IFMT {
            case S_IFREG: .regular
            case S_IFDIR: .directory
            case S_IFLNK: .symbolicLink
            default: .other
            }
            let regular = type == .regular
            entries.append(FolderEntry(rawName: name, path: path, type: type, size: regular ? Int(entryInfo.st_size) : 0,
                                       stamp: regular ? FileStamp(entryInfo) : nil))
        }
        return entries.sorted { $0.rawName.lexicographicallyPrecedes($1.rawName) }
    }

    public static func list(_ folder: URL) throws(ExpedienteError) -> [FolderEntry] {
        try list(rawPath: RawName.bytes(of: folder))
    }
}

/// File names as raw bytes: conversions for opening and for showing them.
public enum RawName {
    public static func bytes(of url: URL) -> [UInt8] {
        url.withUnsafeFileSystemRepresentation { pointer in
            pointer.map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: strlen($0))) } ?? []
        }
    }

    static func withCString<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count, body)
        }
    }

    /// The absolute path of `path` with links, `.` and `..` resolved; nil when it does not exist.
    public static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The text of `bytes`, each byte that is not part of valid UTF-8 written `\xNN`.
    public static func display(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        var i = 0
        while i < bytes.count {
            let length = sequenceLength(bytes, at: i)
            if length > 0, let piece = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                out += piece
                i += length
            } else {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(to: 2)
                i += 1
            }
        }
        return out
    }

    /// Length of the UTF-8 sequence a lead byte announces, 0 when it cannot start one or runs past the end.
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let length = switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
        return i + length <= bytes.count ? length : 0
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined(separator: " ")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
