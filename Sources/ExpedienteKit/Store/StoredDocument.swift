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
    /// When the row was written (ns since 1970).
    var recordedNanoseconds: Int64

    /// The stamp alone proves the file unchanged: same stat fields, and not modified so close to
    /// the moment it was recorded that a later change could share its timestamp (git's "racy clean").
    func stampMatches(_ current: FileStamp, racyWindowNanoseconds: Int64) -> Bool {
        current == stamp && stamp.mtimeNanoseconds < recordedNanoseconds - racyWindowNanoseconds
            && stamp.ctimeNanoseconds < recordedNanoseconds - racyWindowNanoseconds
    }
}
