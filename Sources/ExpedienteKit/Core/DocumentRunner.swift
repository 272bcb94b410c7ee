import Foundation

/// Runs the stages over one document of a convocatoria and renders its findings: the one
/// document runner behind `check` (each document of a folder), `quality` and `qr`.
struct DocumentRunner: Sendable {
    struct Result: Sendable {
        var observations: [Observation]
        var facts: DocumentFacts
        var run: DocumentPipeline.Run
        /// Nil when the file could not be read.
        var identity: DocumentIdentity?
    }

    let convocatoria: Convocatoria
    let options: CheckOptions
    /// Kinds whose QR the applicant's ENARM edition waives: they are not scanned.
    var waivedQR: Set<String> = []

    func subject(_ entry: FolderEntry, kind: DocumentKindRule, alsoKinds: [DocumentKindRule] = []) -> DocumentSubject {
        let limits = convocatoria.limits(for: kind)
        return DocumentSubject(entry: entry, kind: kind, limits: limits, quality: convocatoria.quality(for: kind),
                               expectedName: Inventory.expectedName(for: kind, limits: limits), options: options,
                               qrWaived: waivedQR.contains(kind.kind), alsoKinds: alsoKinds.map(\.kind))
    }

    /// `prefetched`: the bytes the result store already read to hash them, and `knownHash` that hash.
    /// `hashContent`: whether to hash the bytes read when no hash is known (see `DocumentIdentity`).
    func run(_ subject: DocumentSubject, prefetched: BoundedReader.Result? = nil, knownHash: [UInt8]? = nil,
             hashContent: Bool = true) -> Result {
        let run = DocumentPipeline.run(subject, prefetched: prefetched)
        let renderer = ObservationRenderer(convocatoria: convocatoria)
        let observations = NameAdvice.adjust(run.findings.compactMap {
            renderer.observe($0, kind: subject.kind, file: subject.entry.relativePath, expectedName: subject.expectedName)
        }, expectedName: subject.expectedName)
        let identity = run.read.map { read in
            DocumentIdentity(contentHash: knownHash ?? (hashContent ? ResultCache.contentHash(BoundedReader.Result(bytes: read.bytes, cut: read.cut), size: Int64(subject.entry.size)) : nil),
                             picture: run.decode?.decodedImage.map(\.image).flatMap(PictureSignature.init))
        }
        return Result(observations: observations, facts: DocumentFacts(subject, run), run: run, identity: identity)
    }

    /// A file named on the command line, as a folder entry; why it cannot be checked otherwise.
    /// `followLinks` false refuses a symbolic link, as a folder's inventory does.
    static func admit(path: String, followLinks: Bool) -> Swift.Result<FolderEntry, AdmissionError> {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return .failure(AdmissionError(reason: "no existe o no se puede consultar")) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(AdmissionError(reason: "no es un archivo normal")) }
        let rawPath = Array(path.utf8)
        let rawName = Array(rawPath.split(separator: UInt8(ascii: "/")).last ?? [])
        return .success(FolderEntry(rawName: rawName, path: rawPath, type: .regular, size: Int(info.st_size)))
    }

    struct AdmissionError: Error {
        let reason: String
    }
}
