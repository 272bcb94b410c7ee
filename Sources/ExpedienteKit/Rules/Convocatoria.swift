import Foundation

/// One call's rules, loaded and cross-checked: what the pipeline consults.
public struct Convocatoria: Sendable {
    public let file: ConvocatoriaFile
    /// Document kinds in the order of the call's table.
    public let kinds: [DocumentKindRule]
    /// The folder the rules were read from.
    public let folder: String
    /// `especialidades.yaml`: the call's table of CER options by specialty id; nil: not checked.
    public let especialidades: SpecialtyCatalog?

    public init(file: ConvocatoriaFile, kinds: [DocumentKindRule], folder: String, especialidades: SpecialtyCatalog? = nil) {
        self.file = file
        self.kinds = kinds
        self.folder = folder
        self.especialidades = especialidades
    }

    public var id: String { file.id }
    public var title: String { file.title }

    public func kind(named name: String) -> DocumentKindRule? {
        kinds.first { $0.kind == name }
    }

    public func perfil(_ id: String) -> Perfil? {
        file.perfiles.first { $0.id == id }
    }

    /// The profile every applicant has (the first one declared).
    public var basePerfil: Perfil { file.perfiles[0] }

    /// Profile ids that apply to an applicant of `perfil` (ids joined by commas when they
    /// combine, e.g. `trabajador-imss,estudios-extranjero`), itself included.
    public func applicablePerfiles(_ perfil: String) -> Set<String> {
        var result: Set<String> = []
        var pending = Self.perfilIDs(perfil)
        while let next = pending.popLast() {
            guard result.insert(next).inserted, let p = self.perfil(next) else { continue }
            pending += p.includes
        }
        return result
    }

    /// The profile ids of a combined profile string.
    public static func perfilIDs(_ perfil: String) -> [String] {
        perfil.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The first id of `perfil` the call does not declare (`perfil` itself when it names none); nil when all are known.
    public func unknownPerfil(_ perfil: String) -> String? {
        let ids = Self.perfilIDs(perfil)
        return ids.isEmpty ? perfil : ids.first { self.perfil($0) == nil }
    }

    /// The profile's titles, for reports.
    public func perfilTitle(_ perfil: String) -> String {
        Self.perfilIDs(perfil).map { self.perfil($0)?.title ?? $0 }.joined(separator: " + ")
    }

    public func requiredKinds(for perfil: String) -> [DocumentKindRule] {
        let applicable = applicablePerfiles(perfil)
        return kinds.filter { !applicable.isDisjoint(with: $0.requiredFor) }
    }

    /// The convocatoria's limits with the kind's overrides applied.
    public func limits(for kind: DocumentKindRule?) -> DocumentLimits {
        file.limits.merged(with: kind?.limits)
    }

    /// The convocatoria's quality thresholds with the kind's overrides applied; nil when the
    /// rules set none, which leaves the `quality` stage without measurements.
    public func quality(for kind: DocumentKindRule?) -> QualityThresholds? {
        guard let base = file.quality else { return kind?.quality }
        return base.merged(with: kind?.quality)
    }

    /// The rule of one check for one kind (or for the folder when `kind` is nil): the check's
    /// defaults, then what the convocatoria says for its stage and for it, then the kind's override.
    public func rule(for check: CheckID, kind: DocumentKindRule?) -> CheckRule {
        let definition = CheckCatalog.definition(check)
        return definition.defaults
            .merged(with: file.checks[definition.stage.rawValue])
            .merged(with: file.checks[check.rawValue])
            .merged(with: kind?.checks[check.rawValue])
    }

    public func isEnabled(_ check: CheckID, kind: DocumentKindRule?) -> Bool {
        rule(for: check, kind: kind).enabled ?? true
    }
}
