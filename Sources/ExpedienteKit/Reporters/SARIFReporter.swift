/// The `sarif` format: SARIF 2.1.0 (OASIS), for code-scanning views. The rules array comes
/// from the check catalogue and the convocatoria's rule files (title, rationale, the fix as
/// help text, the paragraph of the call it comes from, the default level) and is written up
/// front; then one result per finding, a line each, as folders are checked, naming its folder's
/// own convocatoria and the paragraph of that call it comes from (`properties.source`). Valid against the
/// official schema (`Tests/Schemas/sarif-schema-2.1.0.json`).
public struct SARIFReporter: Reporter {
    let context: ReportContext
    let ruleIndex: [String: Int]
    var results = 0

    public init(_ context: ReportContext) {
        self.context = context
        ruleIndex = Dictionary(CheckCatalog.all.enumerated().map { ($1.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public mutating func begin() -> String {
        let rules = CheckCatalog.all.map { rule($0).serialized() }
        // A batch's folders may be of several calls: each result names its own; the run names the
        // call whose words the rules array carries.
        let properties = JSONValue.object([
            (context.batch ? "rules_convocatoria" : "convocatoria", .string(context.convocatoria.id)),
            ("perfil", .string(context.perfil)),
        ])
        return """
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "expediente",
                      "version": \(JSONValue.string(context.toolVersion).serialized()),
                      "rules": [
            \(rules.map { "            " + $0 }.joined(separator: ",\n"))
                      ]
                    }
                  },
                  "properties": \(properties.serialized()),
                  "results": [
            """
    }

    public mutating func add(_ report: ExpedienteReport) -> String {
        var out = ""
        for observation in report.observations {
            out += (results == 0 ? "\n" : ",\n") + "        " + result(observation, in: report).serialized()
            results += 1
        }
        return out
    }

    public mutating func end() -> String {
        (results == 0 ? "]\n" : "\n      ]\n") + "    }\n  ]\n}\n"
    }

    func rule(_ check: CheckDefinition) -> JSONValue {
        let rule = context.convocatoria.rule(for: check.id, kind: nil)
        let severity = rule.severity ?? .observacion
        var properties: [(String, JSONValue)] = [("stage", .string(check.stage.rawValue)), ("severity", .string(severity.rawValue))]
        if let source = rule.source { properties.append(("source", .string(source))) }
        return .object([
            ("id", .string(check.id.rawValue)),
            ("shortDescription", .object([("text", .string(check.title))])),
            ("fullDescription", .object([("text", .string(check.rationale))])),
            ("help", .object([("text", .string(rule.hint ?? check.rationale))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(severity)))])),
            ("properties", .object(properties)),
        ])
    }

    func result(_ o: Observation, in report: ExpedienteReport) -> JSONValue {
        let path = o.file.map { report.path + "/" + $0 } ?? report.path
        var pairs: [(String, JSONValue)] = [("ruleId", .string(o.check))]
        if let index = ruleIndex[o.check] { pairs.append(("ruleIndex", .number(index))) }
        pairs.append(("level", .string(Self.level(o.severity))))
        pairs.append(("message", .object([("text", .string(o.message))])))
        pairs.append(("locations", .array([.object([
            ("physicalLocation", .object([("artifactLocation", .object([("uri", .string(Self.uri(path)))]))])),
        ])])))
        var properties: [(String, JSONValue)] = [
            ("severity", .string(o.severity.rawValue)),
            ("folder", .string(report.path)),
            ("convocatoria", .string(report.convocatoria)),
            ("status", .string(report.status.rawValue)),
            ("document", .optional(o.document)),
            ("file", .optional(o.file)),
        ]
        if let expected = o.expected { properties.append(("expected", .string(expected))) }
        if let actual = o.actual { properties.append(("actual", .string(actual))) }
        if let hint = o.hint { properties.append(("hint", .string(hint))) }
        if let id = o.checkID {
            let own = context.convocatoria(of: report)
            if let source = own.rule(for: id, kind: o.document.flatMap(own.kind(named:))).source {
                properties.append(("source", .string(source)))
            }
        }
        if let note = report.convocatoriaNote { properties.append(("convocatoria_note", .string(note))) }
        pairs.append(("properties", .object(properties)))
        return .object(pairs)
    }

    /// SARIF levels: what annuls or must be fixed is an error, an aviso a note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .anulacion, .observacion: "error"
        case .aviso: "note"
        }
    }

    /// A URI reference for a path: every byte but the unreserved characters and `/` is
    /// percent-encoded (RFC 3986), so spaces, accents and `#` stay part of the path.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
