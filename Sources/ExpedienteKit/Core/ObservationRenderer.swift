/// Gives a finding the severity and Spanish words of the convocatoria's rules.
struct ObservationRenderer: Sendable {
    let convocatoria: Convocatoria

    /// Nil when the rules turn the check off for this kind.
    func observe(_ finding: Finding, kind: DocumentKindRule?, file: String?, expectedName: String?) -> Observation? {
        let id = finding.check.id
        guard convocatoria.isEnabled(id, kind: kind) else { return nil }
        let rule = convocatoria.rule(for: id, kind: kind)
        var values = finding.values
        values["file"] = file ?? ""
        values["document"] = kind?.kind ?? ""
        values["title"] = kind?.title ?? ""
        values["expected"] = finding.expected ?? ""
        values["actual"] = finding.actual ?? ""
        values["expected_name"] = expectedName ?? ""
        return Observation(
            check: id.rawValue,
            severity: rule.severity ?? .observacion,
            document: kind?.kind,
            file: file,
            message: MessageTemplate.render(rule.message ?? finding.check.title, values),
            expected: finding.expected,
            actual: finding.actual,
            hint: rule.hint.map { MessageTemplate.render($0, values) },
            fault: finding.check.fault.map { MessageTemplate.render($0, values) }
        )
    }

    /// A folder or data finding, with the name its document should have.
    func observe(_ located: Finding.Located) -> Observation? {
        let expectedName = located.kind.map { Inventory.expectedName(for: $0, limits: convocatoria.limits(for: $0)) }
        return observe(located.finding, kind: located.kind, file: located.file, expectedName: expectedName)
    }
}
