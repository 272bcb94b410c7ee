/// Pairs of a folder's documents that are the same picture: the same bytes, or the same page
/// saved again (another JPEG quality or scale), told by their picture signatures.
enum DocumentCopies {
    struct Pair {
        let original: DataContext.Document
        let copy: DataContext.Document
        let sameBytes: Bool
    }

    /// Two pages are one picture when their 64 × 64 signatures correlate this closely and differ
    /// this little on average (grey levels). Measured on the samples: a page decoded at 1/8 and at
    /// 1/4 scale, 1 - r = 0.0017 and 0.66 levels; the closest two different pages (two publications
    /// of one journal's layout), 0.0065 and 2.4 levels; other pages of one layout, 0.02 and 3.1.
    static let maxDecorrelation = 0.003
    static let maxDistance = 1.2
    /// Pages with less spread than this (blank, uniform) look alike without being copies.
    static let minSpread = 12.0

    static func pairs(in documents: [DataContext.Document]) -> [Pair] {
        var pairs: [Pair] = []
        // Each picture's spread once, not once per pair; the cheap distance before the correlation.
        let spreads = documents.map { $0.identity?.picture?.spread ?? 0 }
        for (i, copy) in documents.enumerated() {
            guard let identity = copy.identity else { continue }
            // Two files of one document are inventory.duplicate already.
            for (j, original) in documents[..<i].enumerated() where original.kind.kind != copy.kind.kind {
                guard let other = original.identity else { continue }
                if let hash = identity.contentHash, other.contentHash == hash {
                    pairs.append(Pair(original: original, copy: copy, sameBytes: true))
                } else if let a = identity.picture, let b = other.picture, spreads[i] >= minSpread, spreads[j] >= minSpread,
                          a.distance(to: b) <= maxDistance, 1 - a.correlation(with: b) <= maxDecorrelation {
                    pairs.append(Pair(original: original, copy: copy, sameBytes: false))
                }
            }
        }
        return pairs
    }

    /// What the call and the registro make of `pair`.
    enum Verdict {
        /// Not allowed: `data.copy`; `registered` when the registro's identification rules it out.
        case copy(registered: Registro.Identificacion?)
        /// Allowed in one case the registro does not tell: the aviso `data.allowed_copy`.
        case allowedIf(AllowedCopy)
        /// The registro says it is that case: no finding.
        case allowed
    }

    static func verdict(_ pair: Pair, registro: Registro?) -> Verdict {
        guard let allowed = allowance(pair) else { return .copy(registered: nil) }
        guard let cases = allowed.identificacion, let registered = registro?.identificacion else { return .allowedIf(allowed) }
        return cases.contains(registered) ? .allowed : .copy(registered: registered)
    }

    /// The case in which the call allows `pair`, when it does.
    private static func allowance(_ pair: Pair) -> AllowedCopy? {
        if let allowed = pair.copy.kind.allowedCopyOf, allowed.kind == pair.original.kind.kind { return allowed }
        if let allowed = pair.original.kind.allowedCopyOf, allowed.kind == pair.copy.kind.kind { return allowed }
        return nil
    }

    static func values(_ pair: Pair) -> [String: String] {
        ["other": pair.original.kind.kind, "other_file": pair.original.file,
         "how": pair.sameBytes ? "tiene los mismos bytes" : "es la misma imagen guardada de nuevo"]
    }
}
