import ArgumentParser
import ExpedienteCommandLine
import ExpedienteKit
import Foundation

extension Expediente {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista las convocatorias y, para una, sus documentos y comprobaciones con su fundamento."
        )

        @OptionGroup var ruleOptions: RuleOptions

        @Argument(help: ArgumentHelp("Convocatoria a describir (igual que --convocatoria).", valueName: "ID"))
        var id: String?

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

        @Option(name: .long, help: ArgumentHelp("Formato: text o markdown (la página que se guarda como Rules/<id>.md).", valueName: "FORMATO"))
        var format: Format = .text

        func run() throws {
            try failing {
                let root = ruleOptions.rules.map { URL(fileURLWithPath: $0) }
                let entries = try RuleSelection.catalog(root: root)
                guard let wanted = id ?? ruleOptions.convocatoria else {
                    print("Convocatorias (la primera es la predeterminada):")
                    for entry in entries { print("  \(entry.id)  \(entry.title) (publicada \(entry.published))") }
                    return
                }
                let convocatoria = try RuleSelection.load(root: root, convocatoria: wanted)
                switch format {
                case .text: print(describe(convocatoria))
                case .markdown: print(RulesMarkdown.render(convocatoria), terminator: "")
                }
            }
        }

        /// The thresholds a quality section sets, in the rule file's own keys.
        private func describe(_ q: QualityThresholds) -> String {
            let numbers: [(String, Double?)] = [
                ("blank_max_ink", q.blankMaxInk), ("min_sharpness", q.minSharpness), ("min_contrast", q.minContrast),
                ("min_background", q.minBackground), ("max_noise", q.maxNoise), ("min_document_fraction", q.minDocumentFraction),
                ("quarter_turn_ratio", q.quarterTurnRatio), ("upside_down_ratio", q.upsideDownRatio),
            ]
            var parts = numbers.compactMap { key, value in value.map { "\(key) \($0)" } }
            if let orientation = q.orientation { parts.append("orientation \(orientation ? "sí" : "no")") }
            return parts.joined(separator: "; ")
        }

        private func describe(_ c: Convocatoria) -> String {
            var lines = ["\(c.id): \(c.title)", "Fuente: \(c.file.source)", "", "Perfiles:"]
            for p in c.file.perfiles { lines.append("  \(p.id.padding(toLength: 20, withPad: " ", startingAt: 0)) \(p.title)") }
            let limits = c.file.limits
            lines += ["", "Límites: extensiones \((limits.extensions ?? []).joined(separator: ", ")); máximo \(limits.maxBytes ?? 0) bytes; mínimo \(Int(limits.minDPI ?? 0)) ppp"]
            if let quality = c.file.quality { lines.append("Calidad de imagen: \(describe(quality))") }
            lines += ["", "Documentos (nombre de archivo):"]
            for k in c.kinds {
                var line = "  \(k.kind.padding(toLength: 16, withPad: " ", startingAt: 0)) \(k.title) [\(k.requiredFor.joined(separator: ", "))]"
                switch k.qr?.presence {
                case .required: line += " · QR obligatorio"
                case .ifElectronic: line += " · QR si es electrónico"
                case .none?, nil: break
                }
                if k.requiredFor.isEmpty { line += " · opcional" }
                if !k.apostilleFor.isEmpty { line += " · apostilla: \(k.apostilleFor.joined(separator: ", "))" }
                lines.append(line)
                lines.append("      fuente: \(k.source)")
                for id in k.overriddenChecks {
                    let rule = c.rule(for: id, kind: k)
                    lines.append("      \(id) (\(rule.severity?.word ?? "-")): \(k.checks[id.rawValue]?.source ?? rule.source ?? "")")
                }
                if let quality = k.quality { lines.append("      calidad: \(describe(quality))") }
            }
            if let registro = c.file.registro {
                lines += ["", "Datos del registro (\(registro.source)):"]
                for g in registro.calificaciones { lines.append("  calificación \(g.id): \(g.title)\(g.document.map { " (\($0))" } ?? "")") }
                if let enarm = registro.enarm {
                    lines.append("  edición del ENARM: \(enarm.min.map { "desde \($0) " } ?? "")\(enarm.max.map { "hasta \($0)" } ?? "cualquiera") — \(enarm.source)")
                }
                if let publications = registro.publicaciones {
                    lines.append("  publicaciones: \(publications.fechaMax.map { "fecha de publicación hasta el \($0.spanish)" } ?? "sin fecha máxima") — \(publications.source)")
                }
                if let end = registro.finServicioSocial { lines.append("  fin del servicio social: antes del \(end.antesDe.spanish) — \(end.source)") }
                if let years = registro.antiguedadIMSS {
                    lines.append("  antigüedad IMSS: \(GradeScale.formatScale(years.min)) a \(GradeScale.formatScale(years.max)) años\(years.perfil.map { " (perfil \($0))" } ?? "") — \(years.source)")
                }
            }
            if let catalog = c.especialidades {
                lines.append("  \(catalog.tabla.count) combinaciones CER / CEME / grado de \(catalog.especialidades.count) especialidades (\(SpecialtyCatalog.fileName), tabla 1)")
            }
            if let points = c.file.additionalPoints {
                lines += ["", "Puntaje adicional\(points.maximum.map { " (máximo \(AdditionalPoints.format($0)))" } ?? ""): \(points.source)"]
                for k in points.concepts {
                    lines.append("  \(k.id): \(AdditionalPoints.format(k.points)) — \(k.title); fuente: \(k.source)")
                }
            }
            lines += ["", "Comprobaciones:"]
            for d in CheckCatalog.all {
                let rule = c.rule(for: d.id, kind: nil)
                let severity = rule.enabled == false ? "desactivada" : rule.severity?.word ?? "-"
                lines.append("  \(d.id) (\(severity)): \(d.title)")
                lines.append("      \(d.rationale)")
                for example in d.examples { lines.append("      \(example.triggers ? "da el hallazgo" : "no lo da"): \(example.note)") }
                if let message = rule.message { lines.append("      mensaje: \(message)") }
                if let hint = rule.hint { lines.append("      sugerencia: \(hint)") }
                if let source = rule.source { lines.append("      fuente: \(source)") }
            }
            return lines.joined(separator: "\n")
        }
    }
}
