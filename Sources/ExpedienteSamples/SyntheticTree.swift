import Dispatch
import ExpedienteKit
import Foundation

/// One realistic mistake a synthetic applicant folder can carry.
public enum SyntheticDefect: Sendable, Equatable {
    /// The document is not in the folder.
    case missing(SampleDocumentKind)
    /// The document is there under a name that is almost right (`curp.jpg`, `CURP (1).JPG`, `CURP.jpeg`).
    case nearMissName(SampleDocumentKind, String)
    /// A colour scan at high quality with sensor grain: a valid JPEG over 400 KB.
    case oversize(SampleDocumentKind)
    /// Scanned at 150 dpi (and declared so).
    case lowResolution(SampleDocumentKind)
    /// The upload was cut: only this fraction of the bytes is there.
    case truncated(SampleDocumentKind, fraction: Double)

    public var kind: SampleDocumentKind {
        switch self {
        case .missing(let kind), .nearMissName(let kind, _), .oversize(let kind), .lowResolution(let kind),
             .truncated(let kind, _): kind
        }
    }

    /// One line in Spanish.
    public var description: String {
        switch self {
        case .missing(let kind): "falta \(kind.rawValue).JPG"
        case .nearMissName(let kind, let name): "\(kind.rawValue) con nombre casi correcto: \(name)"
        case .oversize(let kind): "\(kind.rawValue).JPG pesa más de 400 KB"
        case .lowResolution(let kind): "\(kind.rawValue).JPG escaneado a 150 ppp"
        case .truncated(let kind, let fraction): "\(kind.rawValue).JPG cortado al \(Int((fraction * 100).rounded())) %"
        }
    }
}

/// One synthetic applicant folder: its name (the IMSS folio), the person and its files.
public struct SyntheticFolder: Sendable, Equatable {
    public let index: Int
    public let name: String
    public let applicant: SampleApplicant
    public let defect: SyntheticDefect?
    public let files: [SampleFile]
    public var style: SyntheticStyle = .plain
}

public enum SyntheticTreeError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidCount(Int)
    /// The output folder has entries and no marker of an earlier synthetic run.
    case notEmpty(path: String)
    /// The marker is there, but so is something the synthetic run did not write.
    case unexpectedEntry(path: String, name: String)
    case oversizeTooSmall(file: String, bytes: Int)

    public var description: String {
        switch self {
        case .invalidCount(let count):
            "el número de carpetas debe estar entre 1 y \(SyntheticTree.maximumCount) (se pidió \(count))"
        case .notEmpty(let path):
            "\(path) no está vacía y no la creó `expediente-samples --synthetic` (falta \(SyntheticTree.markerName)); elija una carpeta vacía o nueva"
        case .unexpectedEntry(let path, let name):
            "\(path) tiene \(name), que no escribió `expediente-samples --synthetic`; no se toca"
        case .oversizeTooSmall(let file, let bytes):
            "\(file): el defecto de tamaño dio solo \(bytes) bytes"
        }
    }
}

/// A tree of synthetic applicant folders for load tests: N folders named like real folios
/// (`2025-48-000123`), each with the 12 documents every applicant presents, for a different
/// fictitious person, every page with its own noise, so no two files of the tree are equal.
/// About one folder in ten carries one realistic defect. Everything follows from the seed.
public enum SyntheticTree {
    public static let markerName = ".expediente-synthetic"
    /// Bump when the output for a given count and seed changes, so old trees are regenerated.
    public static let formatVersion = 1
    public static let maximumCount = 100_000

    /// What a call to `generate` did.
    public enum Outcome: Sendable, Equatable {
        /// Nothing written: the folder already holds the tree of this count and seed.
        case alreadyPresent
        /// The folders were written (replacing an earlier synthetic tree of another count or seed, if any).
        case generated([SyntheticFolder])
    }

    // MARK: Plan

    /// The folders of the tree, without rendering anything (cheap).
    public static func plan(count: Int, seed: UInt64, style: SyntheticStyle = .plain) throws -> [SyntheticFolder] {
        guard (1...maximumCount).contains(count) else { throw SyntheticTreeError.invalidCount(count) }
        var treeRNG = SplitMix64(seed: seed)
        // Folio numbers: increasing with gaps (folios of applicants who did not upload), hence unique.
        let start = treeRNG.int(in: 1...20_000)
        return (0..<count).map { index in folder(index: index, seed: seed, start: start, style: style) }
    }

    static func folder(index: Int, seed: UInt64, start: Int, style: SyntheticStyle = .plain) -> SyntheticFolder {
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &+ 1) &* 0xD1B5_4A32_D192_ED03)
        _ = rng.next()
        let folio = "2025-48-" + SyntheticApplicants.pad(start + index * 8 + rng.int(in: 0...7), 6)
        let applicant = SyntheticApplicants.make(folio: folio, using: &rng)
        let defect: SyntheticDefect? = rng.int(in: 0...9) == 0 ? drawDefect(&rng) : nil
        var files: [SampleFile] = []
        for kind in SampleDocumentKind.requiredOfAll {
            var options = SampleCatalog.validOptions[kind]!
            options.applicant = applicant
            options.noiseSeed = rng.next()
            if style == .realistic { SyntheticRealism.vary(&options, using: &rng) }
            var name = "\(kind.rawValue).JPG"
            var content = SampleContent.page(options)
            if let defect, defect.kind == kind {
                switch defect {
                case .missing: continue
                case .nearMissName(_, let nearMiss): name = nearMiss
                case .oversize:
                    options.color = true
                    options.quality = 95
                    options.grain = 4
                    content = .page(options)
                case .lowResolution:
                    options.dpi = 150
                    content = .page(options)
                case .truncated(_, let fraction): content = .damaged(options, .truncated(fraction: fraction))
                }
            }
            files.append(SampleFile(name, content))
        }
        // What the applicant registered: the call and the CURP the documents' QR codes carry.
        files.append(SampleFile("REGISTRO.yaml", .foreign(.text(SampleRegistros.enarm(curp: applicant.curp)))))
        return SyntheticFolder(index: index, name: folio, applicant: applicant, defect: defect, files: files, style: style)
    }

    static func drawDefect(_ rng: inout SplitMix64) -> SyntheticDefect {
        let all = SampleDocumentKind.requiredOfAll
        let pages = all.filter { $0.naturalPaper != .idCard }
        switch rng.int(in: 0...4) {
        case 0: return .missing(SyntheticApplicants.pick(all, &rng))
        case 1:
            let kind = SyntheticApplicants.pick(all, &rng)
            let names = [kind.rawValue.lowercased() + ".jpg", kind.rawValue + " (1).JPG", kind.rawValue + ".jpeg"]
            return .nearMissName(kind, SyntheticApplicants.pick(names, &rng))
        case 2: return .oversize(SyntheticApplicants.pick(pages, &rng))
        case 3: return .lowResolution(SyntheticApplicants.pick(pages, &rng))
        default: return .truncated(SyntheticApplicants.pick(all, &rng), fraction: Double(rng.int(in: 40...90)) / 100)
        }
    }

    // MARK: Writing

    /// Writes one folder of the plan under `root`, replacing a folder of the same name.
    public static func write(_ folder: SyntheticFolder, into root: URL) throws {
        let manager = FileManager.default
        let url = root.appendingPathComponent(folder.name, isDirectory: true)
        if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
        try manager.createDirectory(at: url, withIntermediateDirectories: false)
        for file in folder.files {
            var oversizePage = false
            if case .oversize(let kind) = folder.defect { oversizePage = file.name == "\(kind.rawValue).JPG" }
            let bytes: [UInt8]
            // A realistic page is fitted into 400 000 bytes, except the one meant to exceed them.
            if folder.style == .realistic, !oversizePage, case .page(let options) = file.content {
                bytes = try SyntheticRealism.fittedJPEG(options)
            } else {
                bytes = try SampleWriter.bytes(for: file.content)
            }
            if case .oversize(let kind) = folder.defect, file.name == "\(kind.rawValue).JPG", bytes.count <= 409_600 {
                throw SyntheticTreeError.oversizeTooSmall(file: "\(folder.name)/\(file.name)", bytes: bytes.count)
            }
            try SampleWriter.writeFile(bytes, path: url.path + "/" + file.name)
        }
    }

    /// Writes the tree of `count` folders for `seed` into `directory`, rendering folders in
    /// parallel on every core. `directory` must be new, empty, or hold an earlier synthetic
    /// tree (marker file `.expediente-synthetic`): one of the same count and seed is kept as is
    /// (`.alreadyPresent`), another one is replaced. `progress` gets (folders done, total), one
    /// call at a time.
    public static func generate(
        count: Int, seed: UInt64, style: SyntheticStyle = .plain, into directory: URL,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Outcome {
        let folders = try plan(count: count, seed: seed, style: style)
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let marker = directory.appendingPathComponent(markerName)
        let wanted = Marker(count: count, seed: seed, style: style, complete: true, defects: folders.compactMap { folder in
            folder.defect.map { "\(folder.name) \($0.description)" }
        })
        let entries = try manager.contentsOfDirectory(atPath: directory.path)
        if !entries.isEmpty {
            guard let found = Marker.read(marker) else { throw SyntheticTreeError.notEmpty(path: directory.path) }
            if found.matches(wanted) { return .alreadyPresent }
            // An earlier synthetic tree: remove exactly what such a run writes, or refuse.
            for name in entries where name != markerName && !isFolioName(name) {
                throw SyntheticTreeError.unexpectedEntry(path: directory.path, name: name)
            }
            for name in entries where name != markerName {
                try manager.removeItem(at: directory.appendingPathComponent(name))
            }
        }
        try Marker(count: count, seed: seed, style: style, complete: false).write(marker)

        let state = ParallelState()
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            guard !state.failed else { return }
            do {
                try write(folders[index], into: directory)
                state.finishOne { done in progress?(done, folders.count) }
            } catch {
                state.fail(error)
            }
        }
        if let error = state.firstError { throw error }
        try wanted.write(marker)
        return .generated(folders)
    }

    static func isFolioName(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 6] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// Contents of `.expediente-synthetic`: what made the tree, so a rerun can reuse it, and
    /// (for people) which folders carry a defect. Only the lines before the defects are read back.
    struct Marker {
        let count: Int
        let seed: UInt64
        var style: SyntheticStyle = .plain
        let complete: Bool
        var defects: [String] = []

        var text: String {
            "expediente-synthetic \(SyntheticTree.formatVersion)\nfolders \(count)\nseed \(seed)\ncomplete \(complete ? "yes" : "no")\n"
                + (style == .plain ? "" : "style \(style.rawValue)\n")
                + defects.map { "defect \($0)\n" }.joined()
        }

        func matches(_ other: Marker) -> Bool {
            count == other.count && seed == other.seed && style == other.style && complete == other.complete
        }

        func write(_ url: URL) throws { try Data(text.utf8).write(to: url, options: .atomic) }

        /// Nil when the file is missing or is not a marker of this format version.
        static func read(_ url: URL) -> Marker? {
            guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else { return nil }
            var fields: [String: String] = [:]
            for line in text.split(separator: "\n") {
                let pair = line.split(separator: " ", maxSplits: 1)
                if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
            }
            guard fields["expediente-synthetic"] == String(SyntheticTree.formatVersion),
                  let count = fields["folders"].flatMap({ Int($0) }), let seed = fields["seed"].flatMap({ UInt64($0) })
            else { return nil }
            let style = fields["style"].flatMap(SyntheticStyle.init(rawValue:)) ?? .plain
            return Marker(count: count, seed: seed, style: style, complete: fields["complete"] == "yes")
        }
    }
}

/// Shared state of the parallel generation.
private final class ParallelState: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var errors: [Error] = []

    var failed: Bool { lock.withLock { !errors.isEmpty } }
    var firstError: Error? { lock.withLock { errors.first } }

    /// Counts one finished folder and reports the new count, under the lock so reports come in order.
    func finishOne(_ report: (Int) -> Void) {
        lock.withLock {
            done += 1
            report(done)
        }
    }

    func fail(_ error: Error) { lock.withLock { errors.append(error) } }
}
