import Foundation

/// Where a folder's applicant data comes from.
public enum RegistroInput: Sendable {
    /// A YAML or JSON file: the folder's REGISTRO.yaml (`inFolder`) or `--registro FILE`.
    case file([UInt8], display: String, inFolder: Bool)
    /// Already read, e.g. one row of the batch CSV (`display` names the row).
    case value(Result<Registro, RuleFileError>, display: String)

    public static func file(path: String) -> RegistroInput {
        .file(Array(path.utf8), display: path, inFolder: false)
    }

    public struct Loaded: Sendable {
        public var registro: Registro?
        public var error: RuleFileError?
        public var display: String
        public var inFolder: Bool
        /// When the file was last modified; nil for a CSV row.
        public var modified: Date? = nil
    }

    func load() -> Loaded {
        switch self {
        case .file(let path, let display, let inFolder):
            let modified = FileStamp.modificationDate(rawPath: path)
            switch RegistroLoader.load(path: path, display: display) {
            case .success(let registro): return Loaded(registro: registro, display: display, inFolder: inFolder, modified: modified)
            case .failure(let error): return Loaded(error: error, display: display, inFolder: inFolder, modified: modified)
            }
        case .value(.success(let registro), let display): return Loaded(registro: registro, display: display, inFolder: false)
        case .value(.failure(let error), let display): return Loaded(error: error, display: display, inFolder: false)
        }
    }
}
