/// The result of checking one applicant folder: the `expediente/1` JSON object.
public struct ExpedienteReport: Codable, Sendable, Equatable {
    public struct Document: Codable, Sendable, Equatable {
        public var kind: String
        public var file: String
        public var observations: Int

        public init(kind: String, file: String, observations: Int) {
            self.kind = kind
            self.file = file
            self.observations = observations
        }
    }

    public static let schemaID = "expediente/1"

    public var schema: String = ExpedienteReport.schemaID
    public var convocatoria: String
    public var path: String
    public var status: ExpedienteStatus
    public var documents: [Document]
    public var observations: [Observation]

    /// How many observations have `severity` (the summary line, the CSV row, the status history).
    public func count(of severity: Severity) -> Int {
        observations.count { $0.severity == severity }
    }

    public init(convocatoria: String, path: String, status: ExpedienteStatus, documents: [Document], observations: [Observation]) {
        self.convocatoria = convocatoria
        self.path = path
        self.status = status
        self.documents = documents
        self.observations = observations
    }
}
