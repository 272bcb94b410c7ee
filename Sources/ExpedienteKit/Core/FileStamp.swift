import Foundation

/// The `lstat` fields that change whenever a file's content may have changed, as git's index
/// keeps them: size and modification time, plus the inode change time and inode number, which
/// no user can set back (a file replaced by `cp -p` or `rsync -t` keeps its mtime, not its ctime).
public struct FileStamp: Sendable, Hashable, Codable {
    public var size: Int64
    public var mtimeNanoseconds: Int64
    public var ctimeNanoseconds: Int64
    public var inode: Int64

    public init(size: Int64, mtimeNanoseconds: Int64, ctimeNanoseconds: Int64, inode: Int64) {
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
        self.ctimeNanoseconds = ctimeNanoseconds
        self.inode = inode
    }

    init(_ info: stat) {
        self.init(
            size: Int64(info.st_size),
            mtimeNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            ctimeNanoseconds: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
            inode: Int64(bitPattern: UInt64(info.st_ino))
        )
    }
}

extension FileStamp {
    /// The modification time as a date.
    public var modified: Date { Date(timeIntervalSince1970: TimeInterval(mtimeNanoseconds) / 1_000_000_000) }

    /// The modification time of the file at `rawPath` (links followed), nil when it cannot be read.
    static func modificationDate(rawPath: [UInt8]) -> Date? {
        var info = stat()
        guard RawName.withCString(rawPath, { stat($0, &info) }) == 0 else { return nil }
        return FileStamp(info).modified
    }
}
