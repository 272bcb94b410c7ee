/// The `expediente/1` JSON object of the contract.
public enum JSONReporter {
    public static func value(_ report: ExpedienteReport) -> JSONValue {
        .object([
            ("schema", .string(report.schema)),
            ("convocatoria", .string(report.convocatoria)),
            ("path", .string(report.path)),
            ("status", .string(report.status.rawValue)),
            ("documents", .array(report.documents.map { document in
                .object([
                    ("kind", .string(document.kind)),
                    ("file", .string(document.file)),
                    ("observations", .number(document.observations)),
                ])
            })),
            ("observations", .array(report.observations.map(value))),
        ] + extensions(report))
    }

    /// Keys the contract does not list (README, «Extensiones al contrato»).
    static func extensions(_ report: ExpedienteReport) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        if let perfil = report.perfil { pairs.append(("perfil", .string(perfil))) }
        if let choice = report.convocatoriaChoice {
            pairs.append(("convocatoria_choice", .object([
                ("basis", .string(choice.basis.rawValue)),
                ("evidence", .array(choice.evidence.map { evidence in
                    .object([("convocatoria", .string(evidence.convocatoria)), ("files", .array(evidence.files.map(JSONValue.string)))])
                })),
                ("alternatives", .array(choice.alternatives.map(JSONValue.string))),
                ("note", .optional(report.convocatoriaNote)),
            ])))
        }
        if let points = report.additionalPoints {
            pairs.append(("additional_points", .object([
                ("total", .decimal(points.total, places: 3)),
                ("maximum", points.maximum.map { .decimal($0, places: 3) } ?? .null),
                ("items", .array(points.items.map { item in
                    .object([
                        ("concept", .string(item.concept)),
                        ("title", .string(item.title)),
                        ("points", .decimal(item.points, places: 3)),
                        ("counted", .bool(item.counted)),
                        ("documents", .array(item.documents.map(JSONValue.string))),
                        ("reason", .string(item.reason)),
                    ])
                })),
                ("source", .string(points.source)),
            ])))
        }
        return pairs
    }

    static func value(_ observation: Observation) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("check", .string(observation.check)),
            ("severity", .string(observation.severity.rawValue)),
            ("document", .optional(observation.document)),
            ("file", .optional(observation.file)),
            ("message", .string(observation.message)),
            ("expected", .optional(observation.expected)),
            ("actual", .optional(observation.actual)),
        ]
        // An extension of the contract: the applicant's next step, when the rule gives one.
        if let hint = observation.hint { pairs.append(("hint", .string(hint))) }
        return .object(pairs)
    }

    /// Pretty-printed for `check --format json`.
    public static func render(_ report: ExpedienteReport) -> String {
        value(report).serialized(indent: 2) + "\n"
    }

    /// One line, for `batch --format jsonl`.
    public static func renderLine(_ report: ExpedienteReport) -> String {
        value(report).serialized() + "\n"
    }

    /// The `json` format: the object of `check`; in `batch`, an array of those objects,
    /// written one element at a time.
    public struct Stream: Reporter {
        let batch: Bool
        var count = 0

        public init(_ context: ReportContext) { batch = context.batch }

        public mutating func begin() -> String { batch ? "[" : "" }

        public mutating func add(_ report: ExpedienteReport) -> String {
            guard batch else { return render(report) }
            defer { count += 1 }
            // Strings never hold a raw line break, so indenting every line nests the object.
            let object = value(report).serialized(indent: 2).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
            return (count == 0 ? "\n" : ",\n") + object
        }

        public mutating func end() -> String { batch ? (count == 0 ? "]\n" : "\n]\n") : "" }
    }
}
