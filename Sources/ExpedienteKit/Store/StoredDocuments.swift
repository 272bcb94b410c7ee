/// The result store around the document runner: a document whose file and rules did not
/// change is answered from the store, one whose content is the same is recorded again under
/// its new stamp, and only the others run through the stages.
struct StoredDocuments: Sendable {
    /// One document of a folder as the report needs it.
    struct Checked: Sendable {
        var file: String
        var observations: [Observation]
        var facts: DocumentFacts?
        var thumbnail: [UInt8]?
        /// The row the store needs for this document, nil when it already has it (or no store).
        var toStore: StoredDocument?
        /// Its content hash and picture, to find copies; nil when the file could not be read.
        var identity: DocumentIdentity?
    }

    let runner: DocumentRunner
    /// Results of earlier runs (`--store`); nil runs every document.
    let cache: ResultCache?
    let makeThumbnails: Bool
    /// Without a store, the files (relative paths) whose content is hashed: those whose size
    /// another document of the folder shares (only they can be byte copies of one another) and
    /// the SOLICITUD (its hash dates the registro against it).
    var hashedFiles: Set<String> = []

    /// Nil for an entry that is not a regular file of a known kind (the inventory reports it).
    func check(_ item: Inventory.Item) throws(StoreError) -> Checked? {
        guard let kind = item.kind, item.entry.type == .regular else { return nil }
        let file = item.entry.relativePath
        let subject = runner.subject(item.entry, kind: kind, alsoKinds: item.alsoKinds)
        guard let cache else {
            let result = runner.run(subject, hashContent: hashedFiles.contains(file))
            return Checked(file: file, observations: result.observations, facts: result.facts, thumbnail: thumbnail(ofJPEG: result.run.read),
                           identity: result.identity)
        }
        switch try cache.lookup(item.entry, kind: subject.storeKey, readLimit: runner.options.maxReadBytes) {
        case .unchanged(let stored):
            return Checked(file: file, observations: stored.observations, facts: stored.facts, thumbnail: thumbnail(reading: item),
                           identity: DocumentIdentity(contentHash: stored.contentHash, picture: stored.picture))
        case .sameContent(let stored):
            return Checked(file: file, observations: stored.observations, facts: stored.facts, thumbnail: thumbnail(reading: item),
                           toStore: stored, identity: DocumentIdentity(contentHash: stored.contentHash, picture: stored.picture))
        case .check(let read, let hash):
            let result = runner.run(subject, prefetched: read, knownHash: read == nil ? nil : hash)
            return Checked(file: file, observations: result.observations, facts: result.facts, thumbnail: thumbnail(ofJPEG: result.run.read),
                           toStore: hash.flatMap { cache.document(item.entry, kind: subject.storeKey, hash: $0, observations: result.observations,
                                                                  facts: result.facts, picture: result.identity?.picture) },
                           identity: result.identity)
        }
    }

    /// The page's thumbnail when `makeThumbnails` is on, from the bytes the pipeline read (nil
    /// when they are not a JPEG).
    private func thumbnail(ofJPEG read: FileRead?) -> [UInt8]? {
        guard makeThumbnails, let read, read.isJPEG else { return nil }
        return Thumbnail.make(read.bytes, limits: runner.options.decodeLimits)
    }

    /// The thumbnail of a document the store answered for: its file is read again (bounded).
    private func thumbnail(reading item: Inventory.Item) -> [UInt8]? {
        guard makeThumbnails, case .success(let read) = BoundedReader.read(path: item.entry.path, limit: runner.options.maxReadBytes),
              MagicDetector.detect(read.bytes)?.isJPEG == true else { return nil }
        return Thumbnail.make(read.bytes, limits: runner.options.decodeLimits)
    }
}
