/// What `fix` did with one applicant folder: each document written (or not, and why), the
/// files left out, and the check of the folder it wrote.
public struct FixResult: Sendable {
    public enum Action: String, Sendable {
        /// Written byte for byte under its own name.
        case copied
        /// Written byte for byte under its exact name.
        case renamed
        /// Written after repair (re-encoded, density set, converted…).
        case rewritten
        /// Not written: the repair refused (another format, undecodable, cannot fit legibly).
        case refused
    }

    public struct Document: Sendable {
        public var kind: String
        /// The file in CARPETA.
        public var source: String
        /// The files written in SALIDA (two for a passport: both sides of the identification).
        public var outputs: [String]
        public var action: Action
        public var changes: [PageChange]
        public var before: PageSummary?
        public var after: PageSummary?
        /// Why it was not written, in Spanish, with what to do.
        public var reason: String?
    }

    /// A file of CARPETA that was not written to SALIDA.
    public struct Skipped: Sendable, Equatable {
        public var file: String
        public var reason: String
    }

    public var source: String
    public var output: String
    public var documents: [Document]
    public var skipped: [Skipped]
    /// The check of SALIDA: its status is the command's.
    public var report: ExpedienteReport
}
