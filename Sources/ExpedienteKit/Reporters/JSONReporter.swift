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
        ])
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
}
