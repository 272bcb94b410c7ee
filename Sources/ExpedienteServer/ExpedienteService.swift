import Dispatch
import ExpedienteKit
import Foundation
import ZIPFoundation

/// What the routes do with an uploaded folder, all through the library: `ExpedienteChecker` (as
/// `check`), `FolderFixer` (as `fix`) and the reporters. Nothing here checks or fixes anything.
struct ExpedienteService: Sendable {
    let configuration: ServerConfiguration
    let library: ConvocatoriaLibrary
    /// The newest convocatoria: the default when neither the request nor the registro names one.
    let newest: Convocatoria
    static let folderName = "expediente"

    init(configuration: ServerConfiguration) throws(ExpedienteError) {
        self.configuration = configuration
        library = ConvocatoriaLibrary(root: configuration.rules)
        newest = try RuleSelection.load(root: configuration.rules, convocatoria: nil)
    }

    /// The request's choices: `convocatoria` and `perfil` (empty: the registro's or the folder's,
    /// as `check` without options), and `registro`, the page's form as a JSON object with the keys
    /// of REGISTRO.yaml (it takes the place of a REGISTRO.yaml among the files).
    struct Choices: Sendable {
        var convocatoria: String?
        var perfil: String?
        var registro: String?

        init(fields: [String: String]) {
            func value(_ key: String) -> String? {
                let v = fields[key]?.trimmingCharacters(in: .whitespacesAndNewlines)
                return v?.isEmpty == false ? v : nil
            }
            convocatoria = value("convocatoria")
            perfil = value("perfil")
            registro = value("registro")
        }
    }

    func checker(_ choices: Choices, upload: UploadFolder, thumbnails: Bool) throws(ServeError) -> ExpedienteChecker {
        var convocatoria = newest
        if let id = choices.convocatoria {
            guard let chosen = library.convocatoria(id) else {
                throw .badField("convocatoria", "no existe la convocatoria «\(ServeResponse.printable(id))»; elija una de la lista.")
            }
            convocatoria = chosen
        }
        var checker: ExpedienteChecker
        do {
            checker = try ExpedienteChecker(convocatoria: convocatoria, options: configuration.checkOptions)
        } catch {
            throw ServeError(.internalServerError, code: "error_interno", error.description)
        }
        if let perfil = choices.perfil {
            for id in Convocatoria.perfilIDs(perfil) where !library.calls().contains(where: { $0.perfil(id) != nil }) {
                throw .badField("perfil", "no existe el perfil «\(ServeResponse.printable(id))».")
            }
            checker.fixPerfil(perfil)
        }
        if choices.convocatoria == nil { checker.library = library }
        if let registro = choices.registro {
            let file = upload.root.appendingPathComponent("registro.json")
            try upload.writeFile(file, bytes: Array(registro.utf8)[...])
            checker.registro = .file(Array(file.path.utf8), display: "datos del formulario", inFolder: false)
        }
        checker.makeThumbnails = thumbnails
        return checker
    }

    func context(_ checker: ExpedienteChecker, report: ExpedienteReport) -> ReportContext {
        ReportContext(convocatoria: checker.convocatoria, perfil: checker.perfil, batch: false,
                      library: checker.library).describing(report)
    }

    /// `POST /api/revisar`: the `expediente/1` object, the report's view of the folder (what the
    /// HTML report shows: facts, thumbnails, findings with their hints, the status and its outlook)
    /// and the text report.
    func check(_ choices: Choices, upload: UploadFolder) throws(ServeError) -> String {
        let checker = try checker(choices, upload: upload, thumbnails: true)
        let report = try run(checker, upload)
        let context = context(checker, report: report)
        var text = TextReporter.Stream(context)
        let answer = JSONValue.object([
            ("schema", .string("expediente-serve/1")),
            ("report", JSONReporter.value(report)),
            ("view", HTMLReporter.folderView(report, context: context)),
            ("text", .string(text.begin() + text.add(report) + text.end())),
        ])
        return answer.serialized() + "\n"
    }

    /// `POST /api/informe`: the report to download, as `check --format html` or `json` writes it.
    func informe(_ choices: Choices, upload: UploadFolder, format: OutputFormat) throws(ServeError) -> String {
        let checker = try checker(choices, upload: upload, thumbnails: format.needsThumbnails)
        let report = try run(checker, upload)
        var reporter = format.reporter(context(checker, report: report))
        return reporter.begin() + reporter.add(report) + reporter.end()
    }

    /// `POST /api/corregir`: `FolderFixer` writes the corrected copy into the private folder;
    /// the ZIP holds it as `expediente-corregido/` with `informe-correccion.txt` and `.json`.
    func fix(_ choices: Choices, upload: UploadFolder) throws(ServeError) -> Data {
        let checker = try checker(choices, upload: upload, thumbnails: false)
        let output = upload.root.appendingPathComponent("corregido", isDirectory: true)
        let result: FixResult
        do {
            result = try FolderFixer(checker: checker).fix(source: upload.folder.path, output: output.path)
        } catch {
            throw ServeError(.unprocessableContent, code: "no_se_pudo_corregir", error.description)
        }
        let convocatoria = library.convocatoria(result.report.convocatoria) ?? checker.convocatoria
        let zipURL = upload.root.appendingPathComponent("corregido.zip")
        do {
            let archive = try Archive(url: zipURL, accessMode: .create)
            let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
            for name in names {
                // JPEG does not deflate; it is stored as it is.
                try archive.addEntry(with: "expediente-corregido/\(name)", fileURL: output.appendingPathComponent(name),
                                     compressionMethod: .none)
            }
            for (name, text) in [("informe-correccion.txt", FixReporter.text(result, convocatoria: convocatoria)),
                                 ("informe-correccion.json", FixReporter.json(result))] {
                let data = Data(text.utf8)
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            return try Data(contentsOf: zipURL)
        } catch let error as ServeError {
            throw error
        } catch {
            throw ServeError(.internalServerError, code: "error_interno", "No se pudo armar el ZIP: \(error)")
        }
    }

    func run(_ checker: ExpedienteChecker, _ upload: UploadFolder) throws(ServeError) -> ExpedienteReport {
        do {
            return try checker.check(folder: upload.folder, displayPath: Self.folderName)
        } catch {
            throw ServeError(.badRequest, code: "no_se_pudo_revisar", error.description)
        }
    }
}
