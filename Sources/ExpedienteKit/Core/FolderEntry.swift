import Foundation

/// One name found directly in the applicant's folder, never followed or opened here.
public struct FolderEntry: Sendable, Equatable {
    public enum EntryType: String, Sendable {
        case regular, directory, symbolicLink, other
    }

    public let name: FileName
    /// Path relative to the folder checked (the name itself: the folder is not walked).
    public var relativePath: String { name.full }
    public let url: URL
    public let type: EntryType
    /// Size in bytes from `lstat`, 0 for what is not a regular file.
    public let size: Int

    public init(name: String, url: URL, type: EntryType, size: Int) {
        self.name = FileName(name)
        self.url = url
        self.type = type
        self.size = size
    }

    /// Lists `folder` without following links or opening any file.
    public static func list(_ folder: URL) throws(ExpedienteError) -> [FolderEntry] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw .folderNotFound(folder.path)
        }
        guard isDirectory.boolValue else { throw .notAFolder(folder.path) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .folderUnreadable(folder.path)
        }
        return names.sorted().map { name in
            let url = folder.appendingPathComponent(name, isDirectory: false)
            var info = stat()
            guard lstat(url.path, &info) == 0 else {
                return FolderEntry(name: name, url: url, type: .other, size: 0)
            }
            let type: EntryType = switch info.st_mode & S_IFMT {
            case S_IFREG: .regular
            case S_IFDIR: .directory
            case S_IFLNK: .symbolicLink
            default: .other
            }
            return FolderEntry(name: name, url: url, type: type, size: type == .regular ? Int(info.st_size) : 0)
        }
    }
}
