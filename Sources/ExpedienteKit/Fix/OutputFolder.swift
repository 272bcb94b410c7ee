import Foundation

/// SALIDA: a new or empty folder outside CARPETA, written one whole file at a time.
struct OutputFolder {
    let path: String

    /// Checks that `output` neither is, nor is inside, nor holds `source`; creates it when new.
    static func prepare(_ output: String, source: String) throws(FixError) -> OutputFolder {
        let sourceKey = RawName.resolved(source) ?? URL(fileURLWithPath: source).standardizedFileURL.path
        let outputKey = resolvedAllowingNew(output)
        if overlaps(outputKey, sourceKey) { throw .outputOverlapsSource(output: output, source: source) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .outputNotAFolder(output) }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
            guard contents.isEmpty else { throw .outputNotEmpty(output) }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(output, reason: String(cString: strerror(errno)))
            }
        }
        return OutputFolder(path: output)
    }

    /// Writes `bytes` as `name` through a temporary file renamed into place, so that SALIDA never
    /// holds half a file.
    func write(_ bytes: [UInt8], as name: String) throws(FixError) {
        let final = path + "/" + name
        let temporary = path + "/.\(name).\(UUID().uuidString).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw .cannotWrite(final, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary, final) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(final, reason: reason)
        }
    }

    /// The resolved path of `path`, or of its nearest existing parent plus the rest.
    private static func resolvedAllowingNew(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            rest.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        let base = RawName.resolved(url.path) ?? url.path
        return ([base] + rest).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
    }

    private static func overlaps(_ a: String, _ b: String) -> Bool {
        func inside(_ x: String, _ y: String) -> Bool { x == y || x.hasPrefix(y.hasSuffix("/") ? y : y + "/") }
        return inside(a, b) || inside(b, a)
    }
}
