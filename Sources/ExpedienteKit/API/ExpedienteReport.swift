/// The result of checking one applicant folder: the `expediente/1` JSON object.
public struct ExpedienteReport: Codable, Sendable, Equatable {
    public struct Document: Codable, Sendable, Equatable {
        public var kind: String
        public var file: String
        public var observations: Int
        /// What the pipeline measured (size, dimensions, resolution, colour, QR texts); nil for
        /// an entry that is not a regular file.
        public var facts: DocumentFacts?
        /// A small JPEG of the page, made only when a report asks for it (HTML); never encoded.
        public var thumbnail: [UInt8]?

        enum CodingKeys: String, CodingKey {
            case kind, file, observations, facts
        }

        public init(kind: String, file: String, observations: Int, facts: DocumentFacts? = nil, thumbnail: [UInt8]? = nil) {
            self.kind = kind
            self.file = file
            self.observations = observations
            self.facts = facts
            self.thumbnail = thumbnail
        }
    }

    public static let schemaID = "expediente/1"

    public var schema: String = ExpedienteReport.schemaID
    public var convocatoria: String
    public var path: String
    public var status: ExpedienteStatus
    public var documents: [Document]
    public var observations: [Observation]
    /// The participant profile the folder was checked for (ids joined by commas); an extension.
    public var perfil: String?
    /// The extra points the documents support, when the applicant claims any; an extension.
    public var additionalPoints: AdditionalPoints?
    /// How the convocatoria was chosen (so a report can say it was only assumed); an extension.
    public var convocatoriaChoice: ConvocatoriaChoice?

    /// The sentence that says the convocatoria was only assumed, or chosen by the documents; nil otherwise.
    public var convocatoriaNote: String? { convocatoriaChoice?.note(checkedWith: convocatoria) }

    /// How many observations have `severity` (the summary line, the CSV row, the status history).
    public func count(of severity: Severity) -> Int {
        observations.count { $0.severity == severity }
    }

    public init(convocatoria: String, path: String, status: ExpedienteStatus, documents: [Document], observations: [Observation],
                perfil: String? = nil, additionalPoints: AdditionalPoints? = nil, convocatoriaChoice: ConvocatoriaChoice? = nil) {
        self.perfil = perfil
        self.convocatoriaChoice = convocatoriaChoice
        self.additionalPoints = additionalPoints
        self.convocatoria = convocatoria
        self.path = path
        self.status = status
        self.documents = documents
        self.observations = observations
    }
}
