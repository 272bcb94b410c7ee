import ArgumentParser
import Dispatch
import ExpedienteCommandLine
import ExpedienteKit
import Foundation

extension Expediente {
    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revisa cada carpeta de aspirante (por folio o CURP) directamente bajo RAÍZ, en paralelo.",
            discussion: """
                Sale con 0 si revisó todas las carpetas (cualquiera que sea su estatus; con --fail-on, 1 si alguna \
                llega al umbral) y con 2 si alguna no pudo revisarse o la ejecución se interrumpió. Ctrl-C termina las carpetas en curso y deja cada línea \
                completa; con --output y --resume, la siguiente ejecución continúa donde se quedó.
                """
        )

        @OptionGroup var ruleOptions: RuleOptions
        @OptionGroup var limits: LimitOptions

        @Option(name: .long, help: ArgumentHelp(outputFormatHelp + " En batch, text da una línea por carpeta, json un arreglo y jsonl un objeto por línea.", valueName: "FORMATO"))
        var format: OutputFormat = .text

        @Option(name: .long, help: ArgumentHelp("Carpetas que se revisan a la vez (por omisión, una por núcleo).", valueName: "N"))
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .long, help: ArgumentHelp("Archivo donde escribir el informe en el formato de --format (nunca dentro de RAÍZ); la terminal muestra una línea de texto por carpeta.", valueName: "ARCHIVO"), completion: .file())
        var output: String?

        @Option(name: .long, help: ArgumentHelp("Escribe además en ARCHIVO la hoja de hallazgos del validador: un CSV con una fila por hallazgo (carpeta, nombre de la carpeta, convocatoria, estatus, documento, archivo, comprobación, severidad, mensaje, corrección, esperado y encontrado).", valueName: "ARCHIVO"), completion: .file())
        var findingsCsv: String?

        @Option(name: .long, help: failOnHelp(default: .nunca))
        var failOn: FailThreshold = .nunca

        @Flag(name: .long, help: "Reemplaza un --output o --findings-csv que ya existe (sin --force, se niega a sobrescribirlo).")
        var force = false

        @Flag(name: .long, help: "Continúa una ejecución interrumpida: omite las carpetas que --output ya tiene completas y agrega las demás (también a la hoja de --findings-csv).")
        var resume = false

        @Option(name: .long, help: ArgumentHelp("Datos registrados de los aspirantes: CSV con una fila por carpeta (columna «carpeta»; README, «Datos del aspirante»). Sin él, cada carpeta puede traer su REGISTRO.yaml.", valueName: "ARCHIVO"), completion: .file())
        var registro: String?

        @Option(name: .long, help: ArgumentHelp("Almacén SQLite de resultados (fuera de RAÍZ): una nueva ejecución solo revisa los archivos que cambiaron y guarda el historial de estatus.", valueName: "ARCHIVO"), completion: .file())
        var store: String?

        @Flag(name: .long, inversion: .prefixedNo, help: "Muestra el avance en la salida de error (por omisión, solo en una terminal).")
        var progress: Bool = isatty(STDERR_FILENO) == 1

        @Option(name: .long, help: ArgumentHelp("Revisa solo el fragmento K de N (K de 0 a N-1; el reparto lo da --shard-by). env/N toma K de JOB_COMPLETION_INDEX (Kubernetes). Vea docs/validadores.md.", valueName: "K/N"))
        var shard: String?

        @Option(name: .long, help: ArgumentHelp("Cómo reparte --shard las carpetas: orden (por omisión) da a cada fragmento un tramo seguido de las carpetas en el orden de sus nombres, y las salidas de los fragmentos 0 a N-1, concatenadas, son las de una sola ejecución; hash las reparte por FNV-1a de 64 bits del nombre módulo N, y agregar o quitar carpetas no mueve a ninguna otra de fragmento.", valueName: "REPARTO"))
        var shardBy: BatchShard.Partition = .orden

        @Option(name: .long, help: ArgumentHelp("Revisa solo las carpetas de ARCHIVO, una por línea (- para la entrada estándar): nombres bajo RAÍZ, o rutas cuya carpeta madre es RAÍZ; una ruta relativa se resuelve contra RAÍZ.", valueName: "ARCHIVO"), completion: .file())
        var folders: String?

        @Argument(help: ArgumentHelp("Carpeta que contiene una carpeta por aspirante.", valueName: "RAÍZ"), completion: .directory)
        var root: String

        func validate() throws {
            guard jobs > 0 else { throw ValidationError("--jobs debe ser un número positivo.") }
            _ = try selectedShard()
            if shard == nil, shardBy != .orden { throw ValidationError("--shard-by solo tiene sentido con --shard K/N.") }
            if resume {
                guard output != nil else { throw ValidationError("--resume necesita --output ARCHIVO: es el archivo que se continúa.") }
                guard format == .jsonl || format == .csv else { throw ValidationError("--resume funciona con --format jsonl o csv.") }
            }
        }

        func run() throws {
            let setup = try failing { try prepare() }
            let runner = BatchRunner(checker: setup.checker, jobs: jobs)
            var reporter = setup.reporter
            var findingsReporter = FindingsCSVReporter()
            let interruption = Interruption(onFirst: {
                runner.stop()
                printError("\n\(Self.interruptMessage)")
            })
            defer { interruption.restore() }

            var summary = setup.resumed
            let progressLine = progress ? ProgressReporter(total: setup.folders.count + setup.resumed.folders) : nil
            progressLine?.advance(folders: setup.resumed.folders, files: 0)
            var failed = 0
            var reached = setup.resumedReaching
            var storeError: ExpedienteError?
            let emitted = try runner.run(setup.folders) { _, folder, result in
                switch result {
                case .success(let report):
                    summary.add(report)
                    if failOn.fails(report) { reached += 1 }
                    try setup.findings?.write(findingsReporter.add(report))
                    try setup.sink.write(reporter.add(report))
                    if output != nil {
                        progressLine?.clear()
                        try OutputSink.standardOutput.write(TextReporter.line(report))
                    }
                    progressLine?.advance(folders: 1, files: report.documents.count)
                case .failure(.store(let error)):
                    storeError = .store(error)
                    runner.stop()
                case .failure(let error):
                    failed += 1
                    summary.addFailure(path: folder.displayPath, message: error.description)
                    progressLine?.advance(folders: 1, files: 0)
                }
            }
            progressLine?.finish()
            // The envelope is closed even after an interruption, so the file stays a valid document.
            try failing { try setup.sink.write(reporter.end()) }
            if storeError == nil, let store = setup.checker.cache?.store {
                do throws(StoreError) { try store.checkpoint() } catch { storeError = .store(error) }
            }
            if let storeError {
                printError("expediente: \(storeError)")
                throw ExitCode(2)
            }
            printError(summary.render().trimmingCharacters(in: .newlines))
            if let counters = setup.checker.cache?.counters.summary {
                printError("Almacén: \(counters.unchanged) archivo(s) sin cambios (no se leyeron), \(counters.rehashed) con el mismo "
                    + "contenido (solo se leyeron), \(counters.checked) revisado(s).")
            }
            if emitted < setup.folders.count {
                let remaining = setup.folders.count - emitted
                let how = output != nil && (format == .jsonl || format == .csv)
                    ? "Para continuar, repita la orden con --resume."
                    : "Para poder continuar después, use --output ARCHIVO con --format jsonl o csv, y luego --resume."
                printError("Ejecución interrumpida: faltan \(remaining) carpeta(s). \(how)")
                throw ExitCode(2)
            }
            if failed > 0 { throw ExitCode(2) }
            if reached > 0 {
                printError("--fail-on \(failOn.rawValue): \(reached) carpeta(s) llegan a ese umbral; sale con 1.")
                throw ExitCode(1)
            }
        }

        static let interruptMessage = "Interrumpiendo: se terminan las carpetas en curso (Ctrl-C otra vez para salir de inmediato)…"

        private struct Setup {
            var checker: ExpedienteChecker
            var folders: [BatchRunner.Folder]
            var sink: OutputSink
            var findings: OutputSink?
            var reporter: any Reporter
            var resumed: BatchSummary
            /// Folders of the resumed file that reach `--fail-on`.
            var resumedReaching = 0
        }

        private func prepare() throws -> Setup {
            var checker = try ruleOptions.makeChecker(options: limits.checkOptions)
            let convocatoria = checker.convocatoria
            checker.makeThumbnails = format.needsThumbnails
            var reporter = format.reporter(ReportContext(convocatoria: convocatoria, perfil: checker.perfil, batch: true,
                                                         toolVersion: Expediente.configuration.version, library: checker.library))
            let table = try registro.map { path throws in
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw OutputError("No se pudo leer el CSV de registros «\(path)» como texto UTF-8.")
                }
                return try RegistroTable.parse(text, display: path)
            }
            var folders = try selectFolders(convocatoria: convocatoria).map { entry in
                let row = table?[entry.relativePath].map { RegistroInput.value($0, display: "\(registro ?? ""), fila «\(entry.relativePath)»") }
                return BatchRunner.Folder(rawPath: entry.path, displayPath: (root as NSString).appendingPathComponent(entry.relativePath), registro: row)
            }
            if let store {
                guard !isInside(store, folder: root) else { throw StoreError.insideCheckedFolder(store: store, folder: root) }
                checker.cache = ResultCache(store: try ResultStore.openForWriting(path: store), convocatoria: convocatoria,
                                            options: limits.checkOptions)
            }
            let resuming = resume && output.map { FileManager.default.fileExists(atPath: $0) } == true
            if let output, !resuming {
                try OutputSink.refuseExisting(output, force: force)
            }
            if let output, isInside(output, folder: root) {
                throw OutputError("El archivo de salida «\(output)» está dentro de RAÍZ; expediente nunca escribe en la carpeta que revisa.")
            }
            if let path = findingsCsv {
                guard !isInside(path, folder: root) else {
                    throw OutputError("La hoja de hallazgos «\(path)» está dentro de RAÍZ; expediente nunca escribe en la carpeta que revisa.")
                }
                if !resuming {
                    try OutputSink.refuseExisting(path, force: force, option: "--findings-csv")
                } else if !FileManager.default.fileExists(atPath: path) {
                    throw OutputError("--resume continúa la hoja de hallazgos «\(path)», que no existe: sin ella faltarían las filas de las "
                        + "carpetas ya revisadas. Indique la hoja de la ejecución interrumpida, o repita la ejecución sin --resume.")
                }
            }
            let log = try output.flatMap { path in
                resuming ? try ResumeLog.read(path: path, format: format == .csv ? .csv : .jsonl) : nil
            }
            var resumed = BatchSummary()
            var resumedReaching = 0
            let sink: OutputSink
            if let output {
                if let log {
                    let done = Set(log.entries.map(\.path))
                    let before = folders.count
                    folders.removeAll { done.contains($0.displayPath) }
                    if !log.entries.isEmpty && before == folders.count {
                        throw OutputError("Ninguna carpeta de «\(output)» está bajo «\(root)»: indique la misma RAÍZ, escrita igual, que en la ejecución interrumpida.")
                    }
                    for entry in log.entries {
                        resumed.add(status: entry.status, checks: entry.checks)
                        if failOn.fails(status: entry.status, severities: entry.checks.values) { resumedReaching += 1 }
                    }
                    sink = try OutputSink.file(output, keepingBytes: log.completeLength)
                    let header = reporter.begin()
                    if format == .csv && !log.hasHeader { try sink.write(header) }
                    printError("Continuando: \(log.entries.count) carpeta(s) ya revisada(s) en «\(output)», faltan \(folders.count).")
                } else {
                    sink = try OutputSink.fresh(output, force: force)
                    try sink.write(reporter.begin())
                }
            } else {
                sink = .standardOutput
                try sink.write(reporter.begin())
            }
            let findings = try findingsCsv.map { path in try findingsSink(path, resumed: log) }
            return Setup(checker: checker, folders: folders, sink: sink, findings: findings, reporter: reporter, resumed: resumed,
                         resumedReaching: resumedReaching)
        }

        /// The findings sheet: new, or with `--resume`, the interrupted run's kept up to the rows
        /// of the folders `log` holds complete, which this run then continues.
        private func findingsSink(_ path: String, resumed log: ResumeLog?) throws -> OutputSink {
            guard let log else {
                let sink = try OutputSink.fresh(path, force: force, option: "--findings-csv")
                try sink.write(FindingsCSVReporter.header)
                return sink
            }
            let kept = try ResumeLog.findingsLength(path: path, folders: Set(log.entries.map(\.path)))
            let sink = try OutputSink.file(path, keepingBytes: kept)
            if kept == 0 { try sink.write(FindingsCSVReporter.header) }
            return sink
        }
    }
}
