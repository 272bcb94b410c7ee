/// What the text, HTML and page reports show of one file's findings: one entry per problem.
/// The findings about a file's name (`Acta de nacimiento.jpg`: lowercase, spaces, not the exact
/// name) are one problem with one fix, so they become one entry that names every fault; every
/// other finding is an entry of its own. The JSON reports keep each check as it is.
public struct FindingEntry: Sendable, Equatable {
    /// The checks behind the entry, in running order.
    public var checks: [String]
    public var severity: Severity
    public var file: String?
    public var message: String
    public var expected: String?
    public var actual: String?
    public var hint: String?

    init(_ observation: Observation) {
        checks = [observation.check]
        severity = observation.severity
        file = observation.file
        message = observation.message
        expected = observation.expected
        actual = observation.actual
        hint = observation.hint
    }

    /// The entries of one file's (or the folder's) findings, in their order; a name entry
    /// stands where the first finding about the name stood.
    public static func entries(_ observations: [Observation]) -> [FindingEntry] {
        var entries: [FindingEntry] = []
        var nameEntry: [String?: Int] = [:]
        var nameFaults: [Int: [String]] = [:]
        for observation in observations {
            guard let file = observation.file, observation.check.hasPrefix("name."), let fault = observation.fault else {
                entries.append(FindingEntry(observation))
                continue
            }
            if let index = nameEntry[file] {
                entries[index].checks.append(observation.check)
                entries[index].severity = min(entries[index].severity, observation.severity) // the gravest
                entries[index].hint = entries[index].hint ?? observation.hint
                nameFaults[index, default: []].append(fault)
            } else {
                nameEntry[file] = entries.count
                nameFaults[entries.count] = [fault]
                entries.append(FindingEntry(observation))
            }
        }
        for (index, faults) in nameFaults where faults.count > 1 {
            entries[index].message = "El nombre «\(entries[index].file ?? "")» \(list(sharingTheVerb(faults)))."
        }
        return entries
    }

    /// Anulaciones, observaciones and avisos as the reports show them: one per entry.
    public static func counts(_ report: ExpedienteReport) -> [Int] {
        let shown = entries(report.observations)
        return [Severity.anulacion, .observacion, .aviso].map { severity in shown.filter { $0.severity == severity }.count }
    }

    /// "tiene minúsculas", "tiene espacios" → "tiene minúsculas", "espacios": the verb once per run.
    static func sharingTheVerb(_ faults: [String]) -> [String] {
        let verb = "tiene "
        return faults.indices.map { i in
            i > 0 && faults[i].hasPrefix(verb) && faults[i - 1].hasPrefix(verb) ? String(faults[i].dropFirst(verb.count)) : faults[i]
        }
    }

    /// "a", "a y b", "a, b y c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " y " + items[items.count - 1]
    }
}
