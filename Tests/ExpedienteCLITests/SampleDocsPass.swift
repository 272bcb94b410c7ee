import ExpedienteKit
import Foundation

/// The one check of every folder in `SampleDocs/` that all golden comparisons share: the folders
/// are checked once, in process, as `batch SampleDocs` checks them (same rules, the convocatoria
/// each REGISTRO.yaml chooses, thumbnails for the HTML format), and each report is then written
/// in every format, as `batch` and as `check` would write it. Whether the built binary writes
/// the same is proven by `EndToEndTests` on a few folders; `scripts/update-goldens` makes the
/// golden files with the binary itself.
struct SampleDocsPass: Sendable {
    /// Reports in the order `batch` writes them (folder names, byte order).
    let reports: [ExpedienteReport]
    let checker: ExpedienteChecker

    static let shared: Result<SampleDocsPass, SetupError> = {
        do {
            return .success(try SampleDocsPass(root: "SampleDocs", in: CLIRunner.repository))
        } catch {
            return .failure(SetupError(detail: "\(error)"))
        }
    }()

    struct SetupError: Error, CustomStringConvertible {
        let detail: String
        var description: String { detail }
    }

    /// Checks every folder directly under `root` (relative to `base`, as the display paths of
    /// `batch ROOT` run from `base`) with `jobs` folders at a time.
    init(root: String, in base: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        var checker = try ExpedienteChecker(convocatoria: try RuleSelection.load(root: nil, convocatoria: nil))
        checker.library = ConvocatoriaLibrary(root: nil)
        checker.makeThumbnails = true
        let entries = try FolderEntry.list(base.appendingPathComponent(root))
        let folders = entries.filter { $0.type == .directory }.map { entry in
            BatchRunner.Folder(rawPath: entry.path, displayPath: (root as NSString).appendingPathComponent(entry.relativePath))
        }
        var reports: [ExpedienteReport] = []
        var failures: [String] = []
        _ = try BatchRunner(checker: checker, jobs: jobs).run(folders) { _, folder, result in
            switch result {
            case .success(let report): reports.append(report)
            case .failure(let error): failures.append("\(folder.displayPath): \(error)")
            }
        }
        guard failures.isEmpty else { throw SetupError(detail: failures.joined(separator: "\n")) }
        self.reports = reports
        self.checker = checker
    }

    var batchContext: ReportContext {
        ReportContext(convocatoria: checker.convocatoria, perfil: checker.perfil, batch: true, library: checker.library)
    }

    /// What `batch ROOT --format F` writes on standard output.
    func batchOutput(_ format: OutputFormat) -> String {
        var reporter = format.reporter(batchContext)
        return reporter.begin() + reports.map { reporter.add(Self.asWritten(in: format, $0)) }.joined() + reporter.end()
    }

    /// What `check FOLDER --format F` writes on standard output.
    func checkOutput(_ format: OutputFormat, folder: String) throws -> String {
        let report = try report(folder)
        let context = ReportContext(convocatoria: checker.convocatoria, perfil: checker.perfil, batch: false,
                                    library: checker.library).describing(report)
        var reporter = format.reporter(context)
        return reporter.begin() + reporter.add(Self.asWritten(in: format, report)) + reporter.end()
    }

    func report(_ folder: String) throws -> ExpedienteReport {
        guard let report = reports.first(where: { $0.path.hasSuffix("/" + folder) }) else {
            throw SetupError(detail: "no report for \(folder)")
        }
        return report
    }

    /// The commands make thumbnails only for the format that shows them.
    static func asWritten(in format: OutputFormat, _ report: ExpedienteReport) -> ExpedienteReport {
        guard !format.needsThumbnails else { return report }
        var copy = report
        for index in copy.documents.indices { copy.documents[index].thumbnail = nil }
        return copy
    }
}
