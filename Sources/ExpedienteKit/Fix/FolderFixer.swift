import Dispatch
import Foundation

/// `expediente fix`: writes into SALIDA a corrected copy of an applicant's folder (exact names,
/// repaired pages) and checks it. CARPETA is only read; SALIDA must be new or empty and outside it.
public struct FolderFixer: Sendable {
    /// Checks CARPETA (to know its call, profile, documents and QR texts) and then SALIDA.
    public var checker: ExpedienteChecker
    /// Called as each document is done: (done, total, file).
    public var progress: (@Sendable (Int, Int, String) -> Void)?

    public init(checker: ExpedienteChecker) {
        self.checker = checker
    }

    public func fix(source: String, output: String) throws(FixError) -> FixResult {
        let folder = try OutputFolder.prepare(output, source: source)
        let before: ExpedienteReport
        let entries: [FolderEntry]
        do throws(ExpedienteError) {
            before = try checker.check(folder: URL(fileURLWithPath: source), displayPath: source)
            entries = try FolderEntry.list(rawPath: RawName.bytes(of: URL(fileURLWithPath: source)))
        } catch {
            throw .check(error)
        }
        let convocatoria = before.convocatoria == checker.convocatoria.id
            ? checker.convocatoria : checker.library?.convocatoria(before.convocatoria) ?? checker.convocatoria

        var skipped: [FixResult.Skipped] = []
        let registros = entries.filter { RegistroLoader.isRegistro($0.name) }
        for registro in registros where registro.type == .regular {
            try copyAsIs(registro, into: folder, skipped: &skipped)
        }
        let inventory = Inventory(entries: entries.filter { !RegistroLoader.isRegistro($0.name) }, convocatoria: convocatoria,
                                  perfil: before.perfil)
        let plan = FixPlan(inventory: inventory, convocatoria: convocatoria)
        skipped += plan.skipped

        let facts = Dictionary(before.documents.map { ($0.file, $0.facts) }, uniquingKeysWith: { first, _ in first })
        let slots = ResultSlots<Result<FixResult.Document, FixError>?>(count: plan.documents.count, initial: nil)
        let done = Counter()
        DispatchQueue.concurrentPerform(iterations: plan.documents.count) { index in
            let item = plan.documents[index]
            slots[index] = Result { () throws(FixError) in
                try fixDocument(item, qr: facts[item.entry.relativePath]??.qr ?? [], convocatoria: convocatoria, into: folder)
            }
            progress?(done.increment(), plan.documents.count, item.entry.relativePath)
        }
        var documents: [FixResult.Document] = []
        for slot in slots.values {
            guard let slot else { continue }
            documents.append(try slot.get())
        }

        let after: ExpedienteReport
        do throws(ExpedienteError) {
            after = try checker.check(folder: URL(fileURLWithPath: output), displayPath: output)
        } catch {
            throw .check(error)
        }
        return FixResult(source: source, output: output, documents: documents, skipped: skipped, report: after)
    }

    private func copyAsIs(_ entry: FolderEntry, into folder: OutputFolder, skipped: inout [FixResult.Skipped]) throws(FixError) {
        switch BoundedReader.read(path: entry.path, limit: checker.options.maxReadBytes) {
        case .success(let read) where !read.cut:
            try folder.write(read.bytes, as: entry.relativePath)
        case .success:
            skipped.append(.init(file: entry.relativePath, reason: "es demasiado grande para copiarlo"))
        case .failure(let failure):
            skipped.append(.init(file: entry.relativePath, reason: "no se pudo leer (\(failure))"))
        }
    }

    private func fixDocument(_ item: FixPlan.Item, qr: [String], convocatoria: Convocatoria, into folder: OutputFolder) throws(FixError) -> FixResult.Document {
        var document = FixResult.Document(kind: item.kind.kind, source: item.entry.relativePath, outputs: [], action: .refused,
                                          changes: [], before: nil, after: nil, reason: nil)
        let bytes: [UInt8]
        switch BoundedReader.read(path: item.entry.path, limit: checker.options.maxReadBytes) {
        case .success(let read) where !read.cut:
            bytes = read.bytes
        case .success:
            document.reason = "pesa más de \(checker.options.maxReadBytes / (1 << 20)) MiB, más de lo que expediente lee: escanéelo de nuevo a 300 ppp en JPEG."
            return document
        case .failure(let failure):
            document.reason = "no se pudo leer (\(failure))."
            return document
        }
        let request = PageRepairRequest(keepColor: item.kind.keepColor != nil, qrTexts: qr,
                                        quality: convocatoria.quality(for: item.kind), limits: checker.options.decodeLimits)
        let repaired = PageRepair.repair(bytes, request: request)
        document.changes = repaired.changes
        document.before = repaired.before
        document.after = repaired.after
        let written: [UInt8]
        switch repaired.outcome {
        case .unchanged:
            written = bytes
            document.action = item.names == [item.entry.relativePath] ? .copied : .renamed
        case .rewritten(let output):
            written = output
            document.action = .rewritten
        case .refused(let refusal):
            document.reason = FixAdvice.text(for: refusal)
            return document
        }
        for name in item.names { try folder.write(written, as: name) }
        document.outputs = item.names
        return document
    }

    /// Counts finished documents across threads.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() -> Int { lock.withLock { value += 1; return value } }
    }
}
