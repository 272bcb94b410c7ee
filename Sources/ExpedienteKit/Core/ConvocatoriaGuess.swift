/// Chooses a folder's convocatoria from its documents when neither the caller nor the registro
/// does: a document only one call asks for (`CONSTANCIACEME`, `PUBLICACION1` in the CER;
/// `BT09`, `TARJETONPAGO`, `TARJETONPADRE` in the ENARM) tells. A missing document tells
/// nothing: a CER applicant who forgot the CONSTANCIACEME must not be checked as an ENARM one.
enum ConvocatoriaGuess {
    /// `calls` newest first; `fallback` is checked when nothing (or several calls) are told.
    static func choose(entries: [FolderEntry], calls: [Convocatoria], fallback: Convocatoria)
        -> (convocatoria: Convocatoria, choice: ConvocatoriaChoice) {
        var evidence: [ConvocatoriaChoice.Evidence] = []
        for call in calls {
            let others = Set(calls.filter { $0.id != call.id }.flatMap { $0.kinds.map(\.kind) })
            let inventory = Inventory(entries: entries.filter { $0.type == .regular }, convocatoria: call)
            let own = inventory.documents.filter { !others.contains($0.kind!.kind) }.map(\.entry.relativePath).sorted()
            if !own.isEmpty { evidence.append(.init(convocatoria: call.id, files: own)) }
        }
        if evidence.count == 1, let chosen = calls.first(where: { $0.id == evidence[0].convocatoria }) {
            return (chosen, ConvocatoriaChoice(basis: .documents, evidence: evidence,
                                               alternatives: calls.map(\.id).filter { $0 != chosen.id }))
        }
        return (fallback, ConvocatoriaChoice(basis: .assumed, evidence: evidence,
                                             alternatives: calls.map(\.id).filter { $0 != fallback.id }))
    }
}
