import Dispatch
import Foundation
import Synchronization

/// Checks applicant folders against one convocatoria's rules: the library's entry point.
public struct ExpedienteChecker: Sendable {
    public let convocatoria: Convocatoria
    /// Participant profile id (`todos` unless the applicant is an IMSS worker or a worker's child).
    public let perfil: String
    public let options: CheckOptions

    public init(convocatoria: Convocatoria, perfil: String? = nil, options: CheckOptions = .default) throws(ExpedienteError) {
        let chosen = perfil ?? convocatoria.basePerfil.id
        guard convocatoria.perfil(chosen) != nil else {
            throw .unknownPerfil(chosen, available: convocatoria.file.perfiles.map(\.id))
        }
        self.convocatoria = convocatoria
        self.perfil = chosen
        self.options = options
    }

    /// Checks one applicant's folder. Throws only when the folder itself cannot be
    /// listed; every problem with a file is an observation in the report.
    public func check(folder: URL, displayPath: String? = nil) throws(ExpedienteError) -> ExpedienteReport {
        try check(rawPath: RawName.bytes(of: folder), displayPath: displayPath ?? folder.path)
    }

    /// Checks the folder at a path given as raw bytes (a name that is not UTF-8 still works).
    public func check(rawPath: [UInt8], displayPath: String? = nil) throws(ExpedienteError) -> ExpedienteReport {
        let inventory = Inventory(entries: try FolderEntry.list(rawPath: rawPath), convocatoria: convocatoria)
        var observations: [Observation] = []
        for check in CheckCatalog.folderChecks {
            for located in check.run(on: inventory, convocatoria: convocatoria, perfil: perfil) {
                let expectedName = located.kind.map {
                    Inventory.expectedName(for: $0, limits: convocatoria.limits(for: $0))
                }
                if let observation = observe(located.finding, kind: located.kind, file: located.file, expectedName: expectedName) {
                    observations.append(observation)
                }
            }
        }

        let documents = inventory.documents.sorted(by: documentOrder)
        let perDocument = Mutex([[Observation]](repeating: [], count: documents.count))
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let result = checkDocument(documents[index])
            perDocument.withLock { $0[index] = result }
        }
        let documentObservations = perDocument.withLock { $0 }
        observations += documentObservations.joined()

        let pending = convocatoria.requiredKinds(for: perfil).contains { kind in
            kind.pendingWhenMissing && inventory.items(of: kind.kind).isEmpty
        }
        let counts = Dictionary(grouping: observations.compactMap(\.file), by: { $0 }).mapValues(\.count)
        return ExpedienteReport(
            convocatoria: convocatoria.id,
            path: displayPath ?? RawName.display(rawPath),
            status: ExpedienteStatus.derive(from: observations, solicitudPresent: !pending),
            documents: documents.map {
                ExpedienteReport.Document(kind: $0.kind!.kind, file: $0.entry.relativePath, observations: counts[$0.entry.relativePath] ?? 0)
            },
            observations: observations
        )
    }

    private func checkDocument(_ item: Inventory.Item) -> [Observation] {
        guard let kind = item.kind, item.entry.type == .regular else { return [] }
        let limits = convocatoria.limits(for: kind)
        let expectedName = Inventory.expectedName(for: kind, limits: limits)
        var context = DocumentContext(entry: item.entry, kind: kind, limits: limits, expectedName: expectedName, options: options)
        return DocumentPipeline.run(&context).compactMap {
            observe($0, kind: kind, file: item.entry.relativePath, expectedName: expectedName)
        }
    }

    /// Documents in the order of the call's table, then by file name.
    private func documentOrder(_ a: Inventory.Item, _ b: Inventory.Item) -> Bool {
        let ia = convocatoria.kinds.firstIndex { $0.kind == a.kind?.kind } ?? .max
        let ib = convocatoria.kinds.firstIndex { $0.kind == b.kind?.kind } ?? .max
        return (ia, a.entry.relativePath) < (ib, b.entry.relativePath)
    }

    /// Gives a finding the severity and Spanish words of the rule files.
    func observe(_ finding: Finding, kind: DocumentKindRule?, file: String?, expectedName: String?) -> Observation? {
        let id = finding.check.id
        guard convocatoria.isEnabled(id, kind: kind) else { return nil }
        let rule = convocatoria.rule(for: id, kind: kind)
        var values = finding.values
        values["file"] = file ?? ""
        values["document"] = kind?.kind ?? ""
        values["title"] = kind?.title ?? ""
        values["expected"] = finding.expected ?? ""
        values["actual"] = finding.actual ?? ""
        values["expected_name"] = expectedName ?? ""
        return Observation(
            check: id,
            severity: rule.severity ?? .observacion,
            document: kind?.kind,
            file: file,
            message: MessageTemplate.render(rule.message ?? finding.check.title, values),
            expected: finding.expected,
            actual: finding.actual,
            hint: rule.hint.map { MessageTemplate.render($0, values) }
        )
    }
}
