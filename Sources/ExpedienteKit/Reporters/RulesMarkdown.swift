import Foundation

/// The Markdown page of one convocatoria's rules (`expediente rules ID --format markdown`),
/// committed as `Rules/<id>.md`: every document kind and check with the paragraph it comes from.
public enum RulesMarkdown {
    public static func render(_ c: Convocatoria) -> String {
        var out: [String] = []
        out.append("<!-- Generado con `expediente rules \(c.id) --format markdown`; no lo edite a mano. -->")
        out.append("# \(c.title)")
        out += ["", "`\(c.id)` · publicada \(c.file.published) · \(escape(c.file.source))", ""]
        out += ["## Perfiles de participante", "", "| perfil | título | incluye |", "| --- | --- | --- |"]
        for p in c.file.perfiles { out.append("| `\(p.id)` | \(escape(p.title)) | \(p.includes.joined(separator: ", ")) |") }
        let limits = c.file.limits
        out += ["", "## Límites", "",
                "Extensiones \((limits.extensions ?? []).joined(separator: ", ")); máximo \(limits.maxBytes ?? 0) bytes; mínimo \(Int(limits.minDPI ?? 0)) ppp.",
                "", "Fuente: \(escape(limits.source ?? "—"))"]
        out += ["", "## Documentos", "", "| nombre | documento | obligatorio para | QR | apostilla | fuente |", "| --- | --- | --- | --- | --- | --- |"]
        for k in c.kinds {
            let qr: String = switch k.qr?.presence {
            case .required: "obligatorio" + (k.qr?.requiredFromEdition.map { " (desde el \($0) ENARM)" } ?? "")
            case .ifElectronic: "si es electrónico"
            case .none?, nil: "—"
            }
            let required = k.requiredFor.isEmpty ? "opcional" : k.requiredFor.joined(separator: ", ")
            let apostille = k.apostilleFor.isEmpty ? "—" : k.apostilleFor.joined(separator: ", ")
            out.append("| `\(k.kind)` | \(escape(k.title)) | \(required) | \(qr) | \(apostille) | \(escape(k.source)) |")
        }
        if let registro = c.file.registro {
            out += ["", "## Datos del registro", "", escape(registro.source), "", "| calificación | título | documento |", "| --- | --- | --- |"]
            for g in registro.calificaciones { out.append("| `\(g.id)` | \(escape(g.title)) | \(g.document ?? "—") |") }
            if let enarm = registro.enarm {
                let range = [enarm.min.map { "desde \($0)" }, enarm.max.map { "hasta \($0)" }].compactMap { $0 }.joined(separator: " ")
                out += ["", "Ediciones del ENARM: \(range.isEmpty ? "cualquiera" : range). Fuente: \(escape(enarm.source))"]
            }
            if let publications = registro.publicaciones {
                let limit = publications.fechaMax.map { "fecha de publicación a más tardar el \($0.spanish)" } ?? "sin fecha máxima"
                out += ["", "Publicaciones registradas: \(limit). Fuente: \(escape(publications.source))"]
            }
            if let end = registro.finServicioSocial {
                out += ["", "Fin del servicio social: antes del \(end.antesDe.spanish). Fuente: \(escape(end.source))"]
            }
            if let years = registro.antiguedadIMSS {
                let who = years.perfil.map { " (perfil `\($0)`)" } ?? ""
                out += ["", "Antigüedad en el IMSS: de \(GradeScale.formatScale(years.min)) a \(GradeScale.formatScale(years.max)) años\(who). Fuente: \(escape(years.source))"]
            }
        }
        if let catalog = c.especialidades {
            out += ["", "## Especialidades (`\(SpecialtyCatalog.fileName)`)", "", escape(catalog.source), "",
                    "| especialidad | id | otros nombres |", "| --- | --- | --- |"]
            for s in catalog.especialidades { out.append("| \(escape(s.title)) | `\(s.id)` | \(s.names.isEmpty ? "—" : escape(s.names.joined(separator: "; "))) |") }
            out += ["", "| CER | CEME prerrequisito | grado | en la convocatoria |", "| --- | --- | --- | --- |"]
            for o in catalog.tabla {
                out.append("| \(escape(catalog.title(of: o.cer))) | \(escape(catalog.title(of: o.ceme))) | \(o.grado) | \(escape(o.source)) |")
            }
        }
        if let points = c.file.additionalPoints {
            let cap = points.maximum.map { " Máximo: \(AdditionalPoints.format($0))." } ?? ""
            out += ["", "## Puntaje adicional", "", escape(points.source) + cap, "",
                    "| concepto | puntos | se reclama con | documentos | no acumulativo con | fuente |", "| --- | --- | --- | --- | --- | --- |"]
            for k in points.concepts {
                let claim = k.perfil.map { "perfil `\($0)`" } ?? k.registro.map { "`\($0): true`" } ?? k.authorship.map { "publicación, autor \($0)" } ?? "—"
                out.append("| \(escape(k.title)) | \(AdditionalPoints.format(k.points)) | \(claim) | \(k.documents.joined(separator: ", ")) | \(k.group ?? "—") | \(escape(k.source)) |")
            }
        }
        out += ["", "## Comprobaciones", "", "| id | severidad | título | fuente |", "| --- | --- | --- | --- |"]
        for d in CheckCatalog.all {
            let rule = c.rule(for: d.id, kind: nil)
            let severity = rule.enabled == false ? "desactivada" : rule.severity?.word ?? "—"
            out.append("| `\(d.id)` | \(severity) | \(escape(d.title)) | \(escape(rule.source ?? "—")) |")
        }
        let overrides = c.kinds.flatMap { k in k.overriddenChecks.map { (k, $0) } }
        if !overrides.isEmpty {
            out += ["", "### Ajustes por documento", "", "| documento | comprobación | severidad | fuente |", "| --- | --- | --- | --- |"]
            for (k, id) in overrides {
                let rule = c.rule(for: id, kind: k)
                out.append("| `\(k.kind)` | `\(id)` | \(rule.severity?.word ?? "—") | \(escape(k.checks[id.rawValue]?.source ?? rule.source ?? "—")) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Table cells cannot hold a pipe or a line break.
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
