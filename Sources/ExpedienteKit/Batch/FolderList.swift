import Foundation

/// The folders a `batch --folders FILE` run checks: one per line, each a folder directly under
/// RAÍZ. A relative line is resolved against RAÍZ (never against the current directory or the
/// list's own folder): `2025-48-000123`, `./2025-48-000123/`. An absolute line, or one that
/// starts with RAÍZ as it was written (the `carpeta` column of an earlier run), must name a folder
/// whose parent is RAÍZ. Empty lines are skipped and a final `\r` is dropped (lists from Windows).
/// Every bad line is reported with its number before anything is checked.
public enum FolderList {
    /// The entries of `entries` (the listing of `root`) that the list names, in the listing's order,
    /// so the output is that of a whole run restricted to them whatever the order of the lines.
    public static func select(_ list: [UInt8], display: String, root: String,
                              entries: [FolderEntry]) throws(BatchSelectionError) -> [FolderEntry] {
        var byName: [[UInt8]: Int] = [:]
        for (position, entry) in entries.enumerated() { byName[entry.rawName] = position }
        let rootBytes = Array(root.utf8)
        let rootPrefix = rootBytes.last == UInt8(ascii: "/") ? rootBytes : rootBytes + [UInt8(ascii: "/")]
        let resolvedRoot = RawName.resolved(root)
        var chosen: [Int: Int] = [:]
        var problems: [String] = []
        for (offset, rawLine) in list.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            var line = Array(rawLine)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            guard !line.isEmpty else { continue }
            let number = offset + 1
            let shown = TerminalText.safe(RawName.display(line))
            switch name(in: line, rootPrefix: rootPrefix, resolvedRoot: resolvedRoot) {
            case .failure(let problem):
                problems.append("línea \(number): «\(shown)» \(problem)")
            case .success(let name):
                guard let position = byName[name] else {
                    problems.append("línea \(number): no hay «\(TerminalText.safe(RawName.display(name)))» en RAÍZ «\(root)»")
                    continue
                }
                guard entries[position].type == .directory else {
                    problems.append("línea \(number): «\(shown)» no es una carpeta (los enlaces no se siguen)")
                    continue
                }
                if let first = chosen[position] {
                    problems.append("línea \(number): «\(shown)» ya está en la línea \(first)")
                    continue
                }
                chosen[position] = number
            }
        }
        guard problems.isEmpty else {
            let shown = problems.prefix(limit).map { "  " + $0 }.joined(separator: "\n")
            let more = problems.count > limit ? "\n  … y \(problems.count - limit) línea(s) más" : ""
            throw BatchSelectionError("La lista de carpetas «\(display)» tiene \(problems.count) línea(s) que no se pueden usar "
                + "(cada línea es una carpeta directamente bajo RAÍZ; no se revisó nada):\n\(shown)\(more)")
        }
        return chosen.keys.sorted().map { entries[$0] }
    }

    /// Lines listed in an error, at most.
    public static let limit = 10

    /// The name under RAÍZ that a line means, or why it means none.
    private static func name(in line: [UInt8], rootPrefix: [UInt8], resolvedRoot: String?) -> Result<[UInt8], BatchSelectionError> {
        var rest = line
        let slash = UInt8(ascii: "/")
        if rest.starts(with: rootPrefix) {
            rest.removeFirst(rootPrefix.count)
        } else if rest.first == slash {
            while rest.count > 1 && rest.last == slash { rest.removeLast() }
            guard let cut = rest.lastIndex(of: slash) else { return .failure(BatchSelectionError("no es una carpeta")) }
            let parent = cut == 0 ? "/" : String(decoding: rest[..<cut], as: UTF8.self)
            guard let resolvedRoot, RawName.resolved(parent) == resolvedRoot else {
                return .failure(BatchSelectionError("no está directamente bajo RAÍZ"))
            }
            rest = Array(rest[(cut + 1)...])
        }
        while rest.starts(with: [UInt8(ascii: "."), slash]) { rest.removeFirst(2) }
        while rest.last == slash { rest.removeLast() }
        guard !rest.isEmpty, rest != [UInt8(ascii: ".")], rest != [UInt8(ascii: "."), UInt8(ascii: ".")] else {
            return .failure(BatchSelectionError("no nombra una carpeta bajo RAÍZ"))
        }
        guard !rest.contains(slash) else {
            return .failure(BatchSelectionError("no está directamente bajo RAÍZ (cada carpeta de aspirante es un nombre, sin «/»)"))
        }
        guard !rest.contains(0) else { return .failure(BatchSelectionError("contiene un byte NUL")) }
        return .success(rest)
    }
}
