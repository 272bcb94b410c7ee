import Dispatch
import Foundation

/// Checks applicant folders against one convocatoria's rules: the library's entry point.
public struct ExpedienteChecker: Sendable {
    public private(set) var convocatoria: Convocatoria
    /// Participant profile ids, joined by commas (`todos` unless the applicant is an IMSS
    /// worker, a worker's child or studied abroad). The applicant data may set it per folder.
    public private(set) var perfil: String
    public let options: CheckOptions
    /// Results of earlier runs (`--store`); nil checks every file.
    public var cache: ResultCache?
    /// Checks a folder's documents in parallel; a batch that runs folders in parallel turns it off.
    public var parallelDocuments = true
    /// `perfil` was chosen by the caller (`--perfil`): the applicant data does not change it.
    public private(set) var perfilIsFixed: Bool
    /// Where the convocatoria named by a folder's applicant data is loaded from; nil, or a
    /// convocatoria chosen by the caller (`--convocatoria`), keeps `convocatoria` for every folder.
    public var library: ConvocatoriaLibrary?
    /// The applicant data for every folder (`--registro FILE`); nil looks for REGISTRO.yaml/.json in each folder.
    public var registro: RegistroInput?
    /// Adds a small JPEG of each page to the report's documents (the HTML report); off, no cost.
    public var makeThumbnails = false

    public init(convocatoria: Convocatoria, perfil: String? = nil, options: CheckOptions = .default) throws(ExpedienteError) {
        let chosen = perfil ?? convocatoria.basePerfil.id
        if let unknown = convocatoria.unknownPerfil(chosen) {
            throw .unknownPerfil(unknown, available: convocatoria.file.perfiles.map(\.id))
        }
        self.convocatoria = convocatoria
        self.perfil = chosen
        self.perfilIsFixed = perfil != nil
        self.options = options
    }

    /// Fixes the profile for every folder (`--perfil`). It is checked against the convocatoria of
    /// each folder, which its applicant data may choose, when the folder is checked.
    public mutating func fixPerfil(_ perfil: String) {
        self.perfil = perfil
        perfilIsFixed = true
    }

    /// Checks one applicant's folder. Throws only when the folder itself cannot be
    /// listed; every problem with a file is an observation in the report.
    public func check(folder: URL, displayPath: String? = nil, registro: RegistroInput? = nil) throws(ExpedienteError) -> ExpedienteReport {
        try check(rawPath: RawName.bytes(of: folder), displayPath: displayPath ?? folder.path, registro: registro)
    }

    /// Checks the folder at a path given as raw bytes (a name that is not UTF-8 still works).
    /// `registro` (a batch CSV row) takes the place of the folder's own applicant data.
    public func check(rawPath: [UInt8], displayPath: String? = nil, registro given: RegistroInput? = nil) throws(ExpedienteError) -> ExpedienteReport {
        var entries = try FolderEntry.list(rawPath: rawPath)
        let dataFiles = entries.filter { $0.type == .regular && RegistroLoader.isRegistro($0.name) }
        entries.removeAll { $0.type == .regular && RegistroLoader.isRegistro($0.name) }
        let input = given ?? registro ?? dataFiles.first.map { RegistroInput.file($0.path, display: $0.relativePath, inFolder: true) }
        let applicant = input?.load()
        guard let library else {
            return try check(entries: entries, rawPath: rawPath, displayPath: displayPath, applicant: applicant,
                             choice: ConvocatoriaChoice(basis: .option))
        }
        // A call named by the registro is the only one loaded: the others are only named in the report.
        if let id = applicant?.registro?.convocatoria, let named = library.convocatoria(id) {
            return try switched(to: named).check(entries: entries, rawPath: rawPath, displayPath: displayPath, applicant: applicant,
                                                 choice: ConvocatoriaChoice(basis: .registro, alternatives: library.ids().filter { $0 != id }))
        }
        let (call, choice) = ConvocatoriaGuess.choose(entries: entries, calls: library.calls(), fallback: convocatoria)
        return try switched(to: call).check(entries: entries, rawPath: rawPath, displayPath: displayPath, applicant: applicant,
                                            choice: choice)
    }

    /// The documents whose content is hashed without a store (`StoredDocuments.hashedFiles`).
    static func filesToHash(_ documents: [Inventory.Item]) -> Set<String> {
        let files = documents.filter { $0.kind != nil && $0.entry.type == .regular }
        var sizeCounts: [Int: Int] = [:]
        for item in files { sizeCounts[item.entry.size, default: 0] += 1 }
        return Set(files.filter { sizeCounts[$0.entry.size, default: 0] > 1 || $0.kind?.kind == "SOLICITUD" }.map(\.entry.relativePath))
    }

    /// This checker with another convocatoria (its cache keyed to that call's rules).
    private func switched(to other: Convocatoria) -> ExpedienteChecker {
        guard other.id != convocatoria.id else { return self }
        var switched = self
        switched.convocatoria = other
        switched.cache = cache.map { ResultCache(sharing: $0, convocatoria: other, options: options) }
        return switched
    }

    private func check(entries: [FolderEntry], rawPath: [UInt8], displayPath: String?, applicant: RegistroInput.Loaded?,
                       choice: ConvocatoriaChoice) throws(ExpedienteError) -> ExpedienteReport {
        if perfilIsFixed, let unknown = convocatoria.unknownPerfil(perfil) {
            throw .unknownPerfil(unknown, available: convocatoria.file.perfiles.map(\.id))
        }
        let perfil = effectivePerfil(applicant?.registro)
        let inventory = Inventory(entries: entries, convocatoria: convocatoria, perfil: perfil)
        let renderer = ObservationRenderer(convocatoria: convocatoria)
        var observations: [Observation] = []
        for check in CheckCatalog.folderChecks {
            observations += check.run(on: inventory, convocatoria: convocatoria, perfil: perfil).compactMap(renderer.observe)
        }

        let runner = DocumentRunner(convocatoria: convocatoria, options: options,
                                    waivedQR: convocatoria.qrWaivedKinds(for: applicant?.registro))
        let documents = inventory.documents.sorted(by: documentOrder)
        let source = StoredDocuments(runner: runner, cache: cache, makeThumbnails: makeThumbnails,
                                     hashedFiles: Self.filesToHash(documents))
        let results: [Result<StoredDocuments.Checked?, StoreError>]
        if parallelDocuments {
            let slots = ResultSlots<Result<StoredDocuments.Checked?, StoreError>>(count: documents.count, initial: .success(nil))
            DispatchQueue.concurrentPerform(iterations: documents.count) { index in
                slots[index] = Result { () throws(StoreError) in try source.check(documents[index]) }
            }
            results = slots.values
        } else {
            results = documents.map { item in Result { () throws(StoreError) in try source.check(item) } }
        }
        var toStore: [StoredDocument] = []
        var checked: [(Inventory.Item, StoredDocuments.Checked)] = []
        for (item, result) in zip(documents, results) {
            do throws(StoreError) {
                guard var document = try result.get() else { continue }
                observations += document.observations
                if let stored = document.toStore { toStore.append(stored) }
                document.toStore = nil
                checked.append((item, document))
            } catch {
                throw .store(error)
            }
        }

        let folderKey = ResultStore.folderKey(for: RawName.display(rawPath))
        let solicitud = checked.first { $0.0.kind?.kind == "SOLICITUD" }
        let currentSolicitud = (solicitud?.1.identity?.contentHash).flatMap { hash in
            applicant?.registro.map { SolicitudRecord(solicitud: hash, registro: SolicitudRecord.digest(of: $0), since: Date()) }
        }
        let storedSolicitud: SolicitudRecord?
        do throws(StoreError) {
            storedSolicitud = try currentSolicitud == nil ? nil : cache?.store.solicitud(folder: folderKey)
        } catch {
            throw .store(error)
        }
        var data = DataContext(
            convocatoria: convocatoria, perfil: perfil, registro: applicant?.registro, registroFile: applicant?.display,
            registroError: applicant?.error, registroInFolder: applicant?.inFolder ?? false,
            documents: checked.map { item, document in
                DataContext.Document(kind: item.kind!, file: item.entry.relativePath, qrTexts: document.facts?.qr ?? [],
                                     blocked: document.observations.contains { $0.severity != .aviso }, identity: document.identity)
            }
        )
        data.solicitudAge = SolicitudAge.judge(stored: storedSolicitud, current: currentSolicitud,
                                               registroModified: applicant?.modified, solicitudModified: solicitud?.0.entry.stamp?.modified)
        for check in CheckCatalog.dataChecks {
            observations += check.run(on: data).compactMap(renderer.observe)
        }

        let pending = convocatoria.requiredKinds(for: perfil).contains { kind in
            kind.pendingWhenMissing && inventory.items(of: kind.kind).isEmpty
        }
        let counts = Dictionary(grouping: observations.compactMap(\.file), by: { $0 }).mapValues(\.count)
        let checkedByFile = Dictionary(checked.map { ($0.0.entry.relativePath, $0.1) }, uniquingKeysWith: { first, _ in first })
        let report = ExpedienteReport(
            convocatoria: convocatoria.id,
            path: displayPath ?? RawName.display(rawPath),
            status: ExpedienteStatus.derive(from: observations, solicitudPresent: !pending),
            documents: documents.map { item -> ExpedienteReport.Document in
                let checked = checkedByFile[item.entry.relativePath]
                return ExpedienteReport.Document(kind: item.kind!.kind, file: item.entry.relativePath,
                                                 observations: counts[item.entry.relativePath] ?? 0,
                                                 facts: checked?.facts, thumbnail: checked?.thumbnail)
            },
            observations: observations,
            perfil: perfil,
            additionalPoints: AdditionalPoints.compute(data),
            convocatoriaChoice: choice
        )
        if let cache {
            do throws(StoreError) {
                try cache.store.record(toStore, status: StatusRecord(report: report, folder: folderKey, at: Date()),
                                       solicitud: currentSolicitud)
            } catch {
                throw .store(error)
            }
        }
        return report
    }

    /// `--perfil` when given; else the applicant data's known profiles; else every applicant's.
    private func effectivePerfil(_ registro: Registro?) -> String {
        guard !perfilIsFixed, let registered = registro?.perfil else { return perfil }
        let known = registered.filter { convocatoria.perfil($0) != nil }
        return known.isEmpty ? perfil : known.joined(separator: ",")
    }

    /// Documents in the order of the call's table, then by file name.
    private func documentOrder(_ a: Inventory.Item, _ b: Inventory.Item) -> Bool {
        let ia = convocatoria.kinds.firstIndex { $0.kind == a.kind?.kind } ?? .max
        let ib = convocatoria.kinds.firstIndex { $0.kind == b.kind?.kind } ?? .max
        return (ia, a.entry.relativePath) < (ib, b.entry.relativePath)
    }
}
