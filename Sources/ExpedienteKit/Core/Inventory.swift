import Foundation

/// The folder's entries, each mapped to the document kind it stands for.
public struct Inventory: Sendable {
    public struct Item: Sendable {
        public let entry: FolderEntry
        /// Nil for an entry that matches no document kind.
        public let kind: DocumentKindRule?
    }

    public let items: [Item]

    public var documents: [Item] { items.filter { $0.kind != nil } }
    public var unknown: [Item] { items.filter { $0.kind == nil } }

    public func items(of kind: String) -> [Item] {
        items.filter { $0.kind?.kind == kind }
    }

    public init(entries: [FolderEntry], convocatoria: Convocatoria) {
        var byFoldedName: [String: DocumentKindRule] = [:]
        for kind in convocatoria.kinds {
            for name in [kind.kind] + kind.aliases.map(FileName.fold) where byFoldedName[name] == nil {
                byFoldedName[name] = kind
            }
        }
        items = entries.map { Item(entry: $0, kind: byFoldedName[$0.name.foldedStem]) }
    }

    /// The name the file should have: the NOMBRE and the call's extension, in capitals.
    public static func expectedName(for kind: DocumentKindRule, limits: DocumentLimits) -> String {
        // The first accepted extension is the call's own (FORMATO: JPG), even when others pass.
        "\(kind.kind).\(limits.extensions?.first ?? "JPG")"
    }
}
