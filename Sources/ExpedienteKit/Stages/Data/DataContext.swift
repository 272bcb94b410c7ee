/// What the `data` stage sees: the applicant data, the folder's documents with what the
/// earlier stages found in them, and the call's rules.
public struct DataContext: Sendable {
    public struct Document: Sendable {
        public let kind: DocumentKindRule
        public let file: String
        /// Texts of the QR codes decoded on it.
        public let qrTexts: [String]
        /// It has an `observacion` or `anulacion` finding: it cannot support extra points.
        public let blocked: Bool
        /// Its content hash and picture; nil when the file could not be read.
        public var identity: DocumentIdentity? = nil
    }

    public let convocatoria: Convocatoria
    /// The profile in force (ids joined by commas).
    public let perfil: String
    public let registro: Registro?
    /// The applicant data file as reports name it (`REGISTRO.yaml`, or the `--registro` path).
    public let registroFile: String?
    /// Why the applicant data file could not be used.
    public let registroError: RuleFileError?
    /// The applicant data is in the folder (its findings point at that file).
    public let registroInFolder: Bool
    public let documents: [Document]
    /// Why the SOLICITUD looks older than the applicant data; nil when it does not (or cannot be told).
    public var solicitudAge: SolicitudAge? = nil

    /// The file findings about the applicant data point at: the data file when it is in the folder.
    public var registroReportFile: String? { registroInFolder ? registroFile : nil }

    public func documents(of kind: String) -> [Document] {
        documents.filter { $0.kind.kind == kind }
    }

    /// The CURP as the applicant registered it, normalised; nil when there is none.
    public var registeredCURP: String? {
        registro?.curp.map(CURP.normalized).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Where the data came from, for messages: «los datos registrados (REGISTRO.yaml)».
    public var registroLabel: String {
        registroFile.map { "los datos registrados (\($0))" } ?? "los datos registrados"
    }
}

/// A check of the applicant data and of the documents against each other (stage `data`).
public protocol DataCheck: Sendable {
    static var definition: CheckDefinition { get }
    func run(on data: DataContext) -> [Finding.Located]
}

extension DataCheck {
    /// A finding about the applicant data itself (no document).
    func registroFinding(_ data: DataContext, expected: String? = nil, actual: String? = nil, values: [String: String] = [:]) -> Finding.Located {
        var values = values
        values["registro"] = data.registroLabel
        return Finding.Located(Finding(Self.definition, expected: expected, actual: actual, values: values), kind: nil, file: data.registroReportFile)
    }
}
