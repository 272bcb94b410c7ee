import Foundation

/// What the store keeps of one checked file: the stamp and content hash it was checked with,
/// and the observations the checks gave.
struct StoredDocument: Sendable {
    /// Raw path bytes of the file (absolute when the folder was given as an absolute path).
    var path: [UInt8]
    var stamp: FileStamp
    /// SHA-256 of the bytes read.
    var contentHash: [UInt8]
    /// Rules, options and program the observations were computed with.
    var fingerprint: String
    var kind: String
    var observations: [Observation]
    /// What the pipeline measured of the file, so a document served from the store keeps its facts.
    var facts: DocumentFacts?
    /// The picture's signature, to find copies among a folder's documents.
    var picture: PictureSignature?
    /// When the row was written (ns since 1970).
    var recordedNanoseconds: Int64

    /// The stamp alone proves the file unchanged: same stat fields, and not modified so close to
    /// the moment it was recorded that a later change could share its timestamp (git's "racy clean").
    func stampMatches(_ current: FileStamp, racyWindowNanoseconds: Int64) -> Bool {
        current == stamp && stamp.mtimeNanoseconds < recordedNanoseconds - racyWindowNanoseconds
            && stamp.ctimeNanoseconds < recordedNanoseconds - racyWindowNanoseconds
    }
}

/// The `observations` column: `{"observations": [...], "facts": {...}, "picture": {...}}`.
/// Rows written before facts were kept hold the bare array; they decode with no facts (and a new program's
/// fingerprint checks them again anyway).
struct StoredResult: Codable {
    var observations: [Observation]
    var facts: DocumentFacts?
    var picture: PictureSignature?

    static func decode(_ data: Data) -> StoredResult? {
        let decoder = JSONDecoder()
        if let result = try? decoder.decode(StoredResult.self, from: data) { return result }
        return (try? decoder.decode([Observation].self, from: data)).map { StoredResult(observations: $0, facts: nil, picture: nil) }
    }
}
