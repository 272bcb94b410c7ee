import ArgumentParser
import ExpedienteCommandLine
import ExpedienteKit
import ExpedienteSamples
import Foundation

/// The developer tool that writes SampleDocs, synthetic trees and the QR and quality calibration
/// sets; kept out of the shipped `expediente` binary with its generators and libqrencode.
@main
struct Samples: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expediente-samples",
        abstract: "Genera las carpetas de ejemplo (SampleDocs) y, junto a cada una, su informe esperado.",
        discussion: """
            Con --synthetic N genera en su lugar N carpetas de aspirantes ficticios (nombradas por folio, \
            12 documentos cada una, todos los archivos distintos, ~10 % con un defecto) para pruebas de carga.
            Con --quality-set CARPETA genera el conjunto de calibración de calidad de imagen (páginas en blanco, \
            borrosas, con ruido, deslavadas, oscuras, giradas y sobre una mesa, con manifest.json).
            Con --qr-set DIR genera un conjunto de escaneos de QR degradados (una carpeta por categoría y \
            manifest.tsv con el contenido esperado de cada uno) para scripts/bench-qr.
            Con --fix-set DIR genera las páginas de scripts/bench-fix (el original limpio en PNG y el escaneo \
            ruidoso de más de 400 KB); --fix-run DIR --output SALIDA las repara con el motor de fix y \
            --fix-score DIR --output SALIDA mide las salidas (bytes, ppp, PSNR y SSIM contra el original).
            """,
        version: ExpedienteVersion.current
    )

    static func main() { mainWithContractExitCodes() }

    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .long, help: "Carpeta de salida (por omisión SampleDocs; obligatoria con --synthetic).", completion: .directory)
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Genera N carpetas de aspirantes ficticios en lugar de SampleDocs.", valueName: "N"))
    var synthetic: Int?

    @Flag(name: .long, help: "Con --synthetic: páginas como escaneos reales (grano de papel, ruido de escáner, algunas a color, de 300 a 400 KB; título y cédula a menudo sin QR).")
    var realistic = false

    @Option(name: .long, help: ArgumentHelp("Genera el conjunto de calibración de calidad de imagen en CARPETA.", valueName: "CARPETA"),
            completion: .directory)
    var qualitySet: String?

    @Option(name: .long, help: ArgumentHelp("Semilla de --synthetic, --quality-set o --qr-set: la misma semilla da los mismos bytes (por omisión 1).", valueName: "S"))
    var seed: UInt64?

    @Option(name: .customLong("qr-set"), help: ArgumentHelp("Genera en DIR escaneos de QR degradados con su contenido esperado.", valueName: "DIR"), completion: .directory)
    var qrSet: String?

    @Option(name: .customLong("per-category"), help: ArgumentHelp("Escaneos por categoría de --qr-set (por omisión \(QRScanSet.defaultPerCategory)).", valueName: "K"))
    var perCategory: Int?

    @Option(name: .customLong("fix-set"), help: ArgumentHelp("Genera en DIR las páginas de scripts/bench-fix.", valueName: "DIR"), completion: .directory)
    var fixSet: String?

    @Option(name: .customLong("fix-run"), help: ArgumentHelp("Repara las páginas de DIR (de --fix-set) en --output.", valueName: "DIR"), completion: .directory)
    var fixRun: String?

    @Option(name: .customLong("fix-score"), help: ArgumentHelp("Mide las salidas en --output contra los originales de DIR.", valueName: "DIR"), completion: .directory)
    var fixScore: String?

    func validate() throws {
        let fixModes = [fixSet, fixRun, fixScore].compactMap { $0 }.count
        if fixModes > 0 {
            guard fixModes == 1, synthetic == nil, qualitySet == nil, qrSet == nil, perCategory == nil else {
                throw ValidationError("--fix-set, --fix-run y --fix-score van solos (con --seed o --output).")
            }
            if fixSet != nil, output != nil { throw ValidationError("--fix-set no usa --output.") }
            if fixSet == nil, output == nil { throw ValidationError("--fix-run y --fix-score requieren --output SALIDA.") }
            return
        }
        if qrSet != nil {
            guard synthetic == nil, output == nil, qualitySet == nil else {
                throw ValidationError("--qr-set no se combina con --synthetic, --quality-set ni --output.")
            }
            if let perCategory, !(1...1000).contains(perCategory) {
                throw ValidationError("--per-category debe estar entre 1 y 1000.")
            }
            return
        }
        if perCategory != nil { throw ValidationError("--per-category solo se usa con --qr-set.") }
        if let synthetic {
            guard (1...SyntheticTree.maximumCount).contains(synthetic) else {
                throw ValidationError("--synthetic debe estar entre 1 y \(SyntheticTree.maximumCount).")
            }
            guard output != nil else { throw ValidationError("--synthetic requiere --output CARPETA.") }
            if qualitySet != nil { throw ValidationError("Use --synthetic o --quality-set, no ambos.") }
        } else if realistic {
            throw ValidationError("--realistic solo se usa con --synthetic.")
        } else if seed != nil, qualitySet == nil {
            throw ValidationError("--seed solo se usa con --synthetic, --quality-set o --qr-set.")
        }
        if let qualitySet, !Self.isNewOrEmpty(qualitySet) {
            throw ValidationError("\(qualitySet) no está vacía: --quality-set escribe solo en una carpeta nueva o vacía.")
        }
    }

    func run() throws {
        if let fixSet { return try failing { try FixBench.writeSet(fixSet, seed: seed ?? 1) } }
        if let fixRun, let output { return try failing { try FixBench.run(fixRun, output: output) } }
        if let fixScore, let output { return try failing { try FixBench.score(fixScore, output: output) } }
        if let qrSet {
            let seed = seed ?? 1
            do {
                let entries = try QRScanSet.write(to: URL(fileURLWithPath: qrSet), seed: seed,
                                                  perCategory: perCategory ?? QRScanSet.defaultPerCategory)
                printError("\(entries.count) escaneo(s) de QR en \(TerminalText.safe(qrSet)) (semilla \(seed)), "
                    + "\(QRScanSet.categories.count) categorías; contenido esperado en \(QRScanSet.manifestName).")
            } catch {
                printError("expediente: \(error)")
                throw ExitCode(2)
            }
            return
        }
        if let synthetic, let output {
            try runSynthetic(count: synthetic, seed: seed ?? 1, style: realistic ? .realistic : .plain, output: output)
            return
        }
        if let qualitySet {
            let start = Date()
            let cases = try failing { try QualityCalibrationSet.write(to: URL(fileURLWithPath: qualitySet), seed: seed ?? 1) }
            printError("\(cases.count) página(s) de calibración en \(TerminalText.safe(qualitySet)) (semilla \(seed ?? 1)), "
                + "\(String(format: "%.1f", Date().timeIntervalSince(start))) s; lista en manifest.json.")
            return
        }
        let output = output ?? "SampleDocs"
        let root = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let convocatoria = try failing { try ruleOptions.loadConvocatoria() }
        let folders = try SampleWriter.write(to: root)
        for folder in folders {
            let path = (output as NSString).appendingPathComponent(folder.name)
            // Exactly what `expediente check FOLDER` does: the folder's REGISTRO.yaml names its call and profile.
            let checker = try failing { try ruleOptions.makeChecker(options: .default) }
            let report = try failing { try checker.check(folder: URL(fileURLWithPath: path), displayPath: path) }
            let used = checker.library?.convocatoria(report.convocatoria) ?? convocatoria
            let text = TextReporter.render(report, convocatoria: used)
            try Data(text.utf8).write(to: root.appendingPathComponent("\(folder.name).expected.txt"))
            try Data(JSONReporter.render(report).utf8).write(to: root.appendingPathComponent("\(folder.name).expected.json"))
            printError("\(folder.name): \(report.status.rawValue), \(report.observations.count) hallazgo(s) — \(folder.description)")
        }
    }

    static func isNewOrEmpty(_ path: String) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return !FileManager.default.fileExists(atPath: path)
        }
        return entries.isEmpty
    }

    private func runSynthetic(count: Int, seed: UInt64, style: SyntheticStyle, output: String) throws {
        let showProgress = isatty(STDERR_FILENO) == 1
        let start = Date()
        var progress: (@Sendable (Int, Int) -> Void)?
        if showProgress {
            progress = { done, total in
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] carpetas sintéticas".utf8))
            }
        }
        let outcome: SyntheticTree.Outcome
        do {
            outcome = try SyntheticTree.generate(count: count, seed: seed, style: style, into: URL(fileURLWithPath: output), progress: progress)
        } catch {
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            printError("expediente: \(error)")
            throw ExitCode(2)
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        switch outcome {
        case .alreadyPresent:
            printError("\(TerminalText.safe(output)) ya tiene las \(count) carpetas sintéticas de la semilla \(seed); no se escribió nada.")
        case .generated(let folders):
            let seconds = Date().timeIntervalSince(start)
            let defective = folders.filter { $0.defect != nil }
            let files = folders.reduce(0) { $0 + $1.files.count }
            printError("\(count) carpeta(s) sintética(s) en \(TerminalText.safe(output)) (semilla \(seed)): \(files) archivos, "
                + "\(count - defective.count) válida(s), \(defective.count) con un defecto; "
                + "\(String(format: "%.1f", seconds)) s en \(ProcessInfo.processInfo.activeProcessorCount) núcleo(s).")
            for folder in defective.prefix(10) {
                printError("  \(folder.name): \(folder.defect!.description)")
            }
            if defective.count > 10 {
                printError("  … y \(defective.count - 10) más (lista completa en \(SyntheticTree.markerName)).")
            }
        }
    }
}
