import Foundation

/// The convocatorias shipped in a rules folder, and where that folder is.
public enum RulesCatalog {
    public struct Entry: Sendable, Equatable {
        public let id: String
        public let title: String
        public let published: String
        public let folder: URL
    }

    /// Every sub-folder of `root` with a `convocatoria.yaml`, newest first.
    public static func entries(in root: URL) throws(RuleFileError) -> [Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else {
            throw RuleFileError(file: root.path, reason: "no se pudo leer la carpeta de reglas")
        }
        var entries: [Entry] = []
        for name in names.sorted() {
            let folder = root.appendingPathComponent(name)
            let main = folder.appendingPathComponent(RulesLoader.convocatoriaFileName)
            guard FileManager.default.fileExists(atPath: main.path) else { continue }
            let file = try ConvocatoriaFileCache.shared.file(at: main)
            guard file.id == name else {
                throw RuleFileError(file: main.path, reason: "el id «\(file.id)» no coincide con el nombre de la carpeta «\(name)»")
            }
            entries.append(Entry(id: file.id, title: file.title, published: file.published, folder: folder))
        }
        return entries.sorted { ($0.published, $0.id) > ($1.published, $1.id) }
    }

    /// The rules folder: `$EXPEDIENTE_RULES`, else the first `Rules/` found
    /// walking up from the executable, else from the working directory.
    public static func defaultRoot() -> URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["EXPEDIENTE_RULES"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        // The running binary itself (/proc/self/exe): argv[0] is only "expediente" when found in PATH.
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")).resolvingSymlinksInPath()
        let starts = [executable.deletingLastPathComponent(), URL(fileURLWithPath: fm.currentDirectoryPath)]
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<8 {
                for candidate in [dir.appendingPathComponent("Rules"), dir.appendingPathComponent("share/expediente/Rules")] {
                    var isDir: ObjCBool = false
                    if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue { return candidate }
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}
