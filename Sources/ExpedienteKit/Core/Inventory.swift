import Foundation

/// The folder's entries, each mapped to the document kind it stands for.
public struct Inventory: Sendable {
    public struct Item: Sendable {
        public let entry: FolderEntry
        /// Nil for an entry that matches no document kind.
        public let kind: DocumentKindRule?
        /// Other documents this one file also is (a passport for both sides of the identification).
        public var alsoKinds: [DocumentKindRule] = []
    }

    public let items: [Item]

    public var documents: [Item] { items.filter { $0.kind != nil } }
    public var unknown: [Item] { items.filter { $0.kind == nil } }

    public func items(of kind: String) -> [Item] {
        items.filter { $0.kind?.kind == kind }
    }

    /// The document is in the folder: under its own name, or in a file that also is it.
    public func has(_ kind: String) -> Bool {
        items.contains { $0.kind?.kind == kind || $0.alsoKinds.contains { $0.kind == kind } }
    }

    /// Maps each entry to a document kind: its exact NOMBRE, else an alias. An alias several
    /// kinds share (`TARJETON`) goes to the one the applicant's profiles ask for (`perfil`).
    public init(entries: [FolderEntry], convocatoria: Convocatoria, perfil: String? = nil) {
        var candidates: [String: [DocumentKindRule]] = [:]
        for kind in convocatoria.kinds {
            candidates[kind.kind, default: []].append(kind)
        }
        for kind in convocatoria.kinds {
            for name in kind.aliases.map(FileName.fold) where !(candidates[name]?.contains(kind) ?? false) {
                candidates[name, default: []].append(kind)
            }
        }
        let applicable = convocatoria.applicablePerfiles(perfil ?? convocatoria.basePerfil.id)
        let required = Set(convocatoria.kinds.filter { !applicable.isDisjoint(with: $0.requiredFor) }.map(\.kind))
        let present = Set(entries.map(\.name.foldedStem))
        items = entries.map { entry in
            let stem = entry.name.foldedStem
            let found = candidates[stem] ?? []
            guard let kind = found.first(where: { $0.kind == stem }) ?? found.first(where: { required.contains($0.kind) }) ?? found.first
            else { return Item(entry: entry, kind: nil) }
            let also = convocatoria.kinds.filter { other in
                other.kind != kind.kind && !present.contains(other.kind) && other.sharedAliases.map(FileName.fold).contains(stem)
            }
            return Item(entry: entry, kind: kind, alsoKinds: also)
        }
    }

    /// The name the file should have: the NOMBRE and the call's extension, in capitals.
    public static func expectedName(for kind: DocumentKindRule, limits: DocumentLimits) -> String {
        // The first accepted extension is the call's own (FORMATO: JPG), even when others pass.
        "\(kind.kind).\(limits.extensions?.first ?? "JPG")"
    }
}
