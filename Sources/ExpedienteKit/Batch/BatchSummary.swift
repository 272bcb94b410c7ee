/// Running totals of a batch run, for the summary printed at its end.
///
/// It never keeps reports: memory grows only with the number of distinct
/// check ids (and of statuses); of the folders that could not be checked it
/// keeps the first `failureListLimit` plus a count.
public struct BatchSummary: Sendable, Equatable {
    /// How many folders had one check id, and how grave it was.
    public struct CheckTally: Sendable, Equatable {
        public var folders: Int
        /// The gravest severity seen for the check id (normally a check id
        /// always has the same one).
        public var severity: Severity

        public init(folders: Int, severity: Severity) {
            self.folders = folders
            self.severity = severity
        }
    }

    /// A folder that could not be checked.
    public struct Failure: Sendable, Equatable {
        public var path: String
        public var message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
    }

    public static let failureListLimit = 10

    /// Folders checked (each has a status); failures are not counted here.
    public private(set) var folders = 0
    public private(set) var byStatus: [ExpedienteStatus: Int] = [:]
    /// Per check id.
    public private(set) var checks: [String: CheckTally] = [:]
    /// Folders that could not be checked.
    public private(set) var failureCount = 0
    /// The first `failureListLimit` of them.
    public private(set) var failures: [Failure] = []

    public init() {}

    public mutating func add(_ report: ExpedienteReport) {
        var checks: [String: Severity] = [:]
        for observation in report.observations {
            checks[observation.check] = min(checks[observation.check] ?? observation.severity, observation.severity)
        }
        add(status: report.status, checks: checks)
    }

    /// A folder known only by its status and the distinct check ids found in
    /// it (as read back from a previous run's output).
    public mutating func add(status: ExpedienteStatus, checks: [String: Severity]) {
        folders += 1
        byStatus[status, default: 0] += 1
        for (check, severity) in checks {
            if var tally = self.checks[check] {
                tally.folders += 1
                tally.severity = min(tally.severity, severity)
                self.checks[check] = tally
            } else {
                self.checks[check] = CheckTally(folders: 1, severity: severity)
            }
        }
    }

    public mutating func addFailure(path: String, message: String) {
        failureCount += 1
        if failures.count < Self.failureListLimit {
            failures.append(Failure(path: path, message: message))
        }
    }

    /// Check ids by number of folders (most first), then by id.
    public func frequentChecks(limit: Int) -> [(check: String, tally: CheckTally)] {
        let sorted = checks.sorted { a, b in
            a.value.folders != b.value.folders ? a.value.folders > b.value.folders : a.key < b.key
        }
        return sorted.prefix(max(0, limit)).map { (check: $0.key, tally: $0.value) }
    }

    /// The Spanish summary: statuses in the contract's order (those with no
    /// folder left out), the `limit` most frequent check ids, and the folders
    /// that could not be checked. Ends with "\n".
    public func render(limit: Int = 10) -> String {
        var lines = ["Resumen: \(folders) carpeta(s) revisada(s)."]

        let statuses = ExpedienteStatus.allCases.compactMap { status in byStatus[status].map { (status, $0) } }
        let statusName = ExpedienteStatus.allCases.map(\.rawValue.count).max() ?? 0
        let statusCount = max(4, statuses.map { String($0.1).count }.max() ?? 0)
        for (status, count) in statuses {
            lines.append("  " + pad(status.rawValue, statusName) + "  " + padLeft(String(count), statusCount))
        }

        let frequent = frequentChecks(limit: limit)
        if !frequent.isEmpty {
            lines.append("Hallazgos más frecuentes (carpetas):")
            let ids = frequent.map { TerminalText.safe($0.check) }
            let idWidth = ids.map(\.count).max() ?? 0
            let severityWidth = Severity.allCases.map { Self.name($0).count }.max() ?? 0
            let countWidth = max(4, frequent.map { String($0.tally.folders).count }.max() ?? 0)
            for (id, item) in zip(ids, frequent) {
                lines.append("  " + pad(id, idWidth) + "  " + pad(Self.name(item.tally.severity), severityWidth)
                    + "  " + padLeft(String(item.tally.folders), countWidth))
            }
            if checks.count > frequent.count {
                lines.append("  y \(checks.count - frequent.count) más.")
            }
        }

        if failureCount > 0 {
            lines.append("No se pudieron revisar \(failureCount) carpeta(s):")
            for failure in failures {
                lines.append("  \(TerminalText.safe(failure.path)): \(TerminalText.safe(failure.message))")
            }
            if failureCount > failures.count {
                lines.append("  y \(failureCount - failures.count) más.")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func name(_ severity: Severity) -> String {
        switch severity {
        case .anulacion: "anulación"
        case .observacion: "observación"
        case .aviso: "aviso"
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
