import Foundation
import Yams

/// Reads and cross-checks the rule files of one convocatoria folder.
public enum RulesLoader {
    public static let convocatoriaFileName = "convocatoria.yaml"

    /// Loads `folder` (e.g. `Rules/enarm-xlviii-2025-2026`). Every problem is a
    /// `RuleFileError` naming the file and, where it has one, the line.
    public static func load(folder: URL) throws(RuleFileError) -> Convocatoria {
        let mainURL = folder.appendingPathComponent(convocatoriaFileName)
        let main: ConvocatoriaFile = try ConvocatoriaFileCache.shared.file(at: mainURL)
        let mainNode = try? compose(mainURL)

        func fail(_ reason: String, _ path: [any CodingKey] = []) -> RuleFileError {
            let mark = mainNode.flatMap { YAMLLocator.mark(of: path, in: $0) }
            return RuleFileError(file: mainURL.path, line: mark?.line, column: mark?.column, reason: reason)
        }

        guard !main.perfiles.isEmpty else { throw fail("declare al menos un perfil", [key("perfiles")]) }
        let perfilIDs = Set(main.perfiles.map(\.id))
        for (index, perfil) in main.perfiles.enumerated() {
            for included in perfil.includes where !perfilIDs.contains(included) {
                throw fail("el perfil «\(perfil.id)» incluye «\(included)», que no está declarado", [key("perfiles"), AnyCodingKey(intValue: index)])
            }
        }
        try validateChecks(main.checks, isConvocatoria: true, at: [key("checks")], fail: fail)

        var kinds: [DocumentKindRule] = []
        for (index, name) in main.documents.enumerated() {
            let kindURL = folder.appendingPathComponent("\(name).yaml")
            guard FileManager.default.fileExists(atPath: kindURL.path) else {
                throw fail("falta el archivo de reglas \(name).yaml del documento «\(name)»", [key("documents"), AnyCodingKey(intValue: index)])
            }
            let kind = try decode(DocumentKindRule.self, at: kindURL)
            let kindNode = try? compose(kindURL)
            func kindFail(_ reason: String, _ path: [any CodingKey]) -> RuleFileError {
                let mark = kindNode.flatMap { YAMLLocator.mark(of: path, in: $0) }
                return RuleFileError(file: kindURL.path, line: mark?.line, column: mark?.column, reason: reason)
            }
            guard kind.kind == name else {
                throw kindFail("el archivo \(name).yaml declara kind «\(kind.kind)»", [key("kind")])
            }
            for (i, perfil) in kind.requiredFor.enumerated() where !perfilIDs.contains(perfil) {
                throw kindFail("perfil «\(perfil)» desconocido; declarados: \(main.perfiles.map(\.id).joined(separator: ", "))", [key("required_for"), AnyCodingKey(intValue: i)])
            }
            for (i, perfil) in kind.apostilleFor.enumerated() where !perfilIDs.contains(perfil) {
                throw kindFail("perfil «\(perfil)» desconocido en apostille_for", [key("apostille_for"), AnyCodingKey(intValue: i)])
            }
            if let copy = kind.allowedCopyOf, !main.documents.contains(copy.kind) {
                throw kindFail("allowed_copy_of cita el documento «\(copy.kind)», que no está en «documents»", [key("allowed_copy_of"), key("kind")])
            }
            try validateChecks(kind.checks, isConvocatoria: false, at: [key("checks")], fail: kindFail)
            kinds.append(kind)
        }
        let kindNames = Set(main.documents)
        for (i, grade) in (main.registro?.calificaciones ?? []).enumerated() {
            if let document = grade.document, !kindNames.contains(document) {
                throw fail("la calificación «\(grade.id)» cita el documento «\(document)», que no está en «documents»",
                           [key("registro"), key("calificaciones"), AnyCodingKey(intValue: i), key("document")])
            }
        }
        if let perfil = main.registro?.antiguedadIMSS?.perfil, !perfilIDs.contains(perfil) {
            throw fail("antiguedad_imss cita el perfil «\(perfil)», que no está declarado", [key("registro"), key("antiguedad_imss"), key("perfil")])
        }
        for (i, concept) in (main.additionalPoints?.concepts ?? []).enumerated() {
            let at: [any CodingKey] = [key("additional_points"), key("concepts"), AnyCodingKey(intValue: i)]
            if let perfil = concept.perfil, !perfilIDs.contains(perfil) {
                throw fail("el concepto «\(concept.id)» cita el perfil «\(perfil)», que no está declarado", at + [key("perfil")])
            }
            if let document = concept.documents.first(where: { !kindNames.contains($0) }) {
                throw fail("el concepto «\(concept.id)» cita el documento «\(document)», que no está en «documents»", at + [key("documents")])
            }
        }
        let specialties = try loadSpecialties(folder: folder)
        let listed = Set(main.documents.map { "\($0).yaml" } + [convocatoriaFileName, SpecialtyCatalog.fileName])
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if let stray = present.sorted().first(where: { $0.hasSuffix(".yaml") && !listed.contains($0) }) {
            throw fail("el archivo \(stray) no corresponde a ningún documento de «documents»", [key("documents")])
        }
        return Convocatoria(file: main, kinds: kinds, folder: folder.path, especialidades: specialties)
    }

    /// `especialidades.yaml`, when the folder has one: the specialties of the call's table of
    /// CER options and the table by their ids (`SpecialtyCatalog`), cross-checked.
    private static func loadSpecialties(folder: URL) throws(RuleFileError) -> SpecialtyCatalog? {
        let url = folder.appendingPathComponent(SpecialtyCatalog.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let catalog = try decode(SpecialtyCatalog.self, at: url)
        if let (reason, path) = catalog.problem() {
            let mark = (try? compose(url)).flatMap { YAMLLocator.mark(of: path, in: $0) }
            throw RuleFileError(file: url.path, line: mark?.line, column: mark?.column, reason: reason)
        }
        return catalog
    }

    /// Overrides may name a known check, or (in `convocatoria.yaml`) a stage for all of its
    /// checks, and use only the check's placeholders. A convocatoria must give every check the
    /// paragraph it comes from: its own `source` or its stage's.
    private static func validateChecks(
        _ checks: [String: CheckRule], isConvocatoria: Bool, at path: [any CodingKey],
        fail: (String, [any CodingKey]) -> RuleFileError
    ) throws(RuleFileError) {
        for (id, rule) in checks.sorted(by: { $0.key < $1.key }) {
            let governed: [CheckDefinition]
            if let check = CheckID(rawValue: id) {
                governed = [CheckCatalog.definition(check)]
            } else if isConvocatoria, let stage = Stage(rawValue: id) {
                governed = CheckCatalog.all.filter { $0.stage == stage }
                if rule.message != nil || rule.hint != nil {
                    throw fail("la etapa «\(id)» solo admite severity, source y enabled; los mensajes van por comprobación", path + [key(id)])
                }
            } else {
                let what = isConvocatoria ? "comprobación o etapa" : "comprobación"
                throw fail("\(what) «\(id)» desconocida (vea `expediente rules`)", path + [key(id)])
            }
            for definition in governed {
                if let severity = rule.severity, severity < definition.maxSeverity {
                    throw fail("\(definition.id) admite como máximo la severidad «\(definition.maxSeverity.rawValue)»", path + [key(id), key("severity")])
                }
                let allowed = Set(CheckDefinition.commonParameters + definition.parameters)
                for (field, text) in [("message", rule.message), ("hint", rule.hint)] {
                    guard let text else { continue }
                    if let unknown = MessageTemplate.placeholders(in: text).first(where: { !allowed.contains($0) }) {
                        throw fail("«{\(unknown)}» no es un dato de \(id); se admiten: \(allowed.sorted().joined(separator: ", "))", path + [key(id), key(field)])
                    }
                }
            }
        }
        guard isConvocatoria else { return }
        for definition in CheckCatalog.all where (checks[definition.id.rawValue]?.source ?? checks[definition.stage.rawValue]?.source) == nil {
            throw fail("falta el apartado de la convocatoria que funda «\(definition.id)»: declare su source en checks.\(definition.id) o en checks.\(definition.stage.rawValue)", path)
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, at url: URL) throws(RuleFileError) -> T {
        let node: Node
        do {
            node = try compose(url)
        } catch let error as RuleFileError {
            throw error
        } catch {
            throw RuleFileError(file: url.path, reason: "YAML inválido: \(error)")
        }
        return try decode(type, node: node, path: url.path)
    }

    /// Decodes YAML (or JSON, which YAML reads too) already in memory; errors carry `path` and the line.
    static func decode<T: Decodable>(_ type: T.Type, text: String, path: String) throws(RuleFileError) -> T {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw RuleFileError(file: path, line: 1, reason: "el archivo está vacío")
            }
            node = composed
        } catch let error as RuleFileError {
            throw error
        } catch {
            throw RuleFileError(file: path, reason: "YAML o JSON inválido: \(error)")
        }
        return try decode(type, node: node, path: path)
    }

    private static func decode<T: Decodable>(_ type: T.Type, node: Node, path file: String) throws(RuleFileError) -> T {
        do {
            return try StrictDecoder.decode(T.self, from: node)
        } catch let error as DecodingError {
            let (path, text) = YAMLLocator.reason(for: error)
            let mark = YAMLLocator.mark(of: path, in: node)
            throw RuleFileError(file: file, line: mark?.line, column: mark?.column, reason: text)
        } catch {
            throw RuleFileError(file: file, reason: "\(error)")
        }
    }

    private static func compose(_ url: URL) throws -> Node {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw RuleFileError(file: url.path, reason: "no se pudo leer el archivo de reglas")
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw RuleFileError(file: url.path, line: 1, reason: "el archivo de reglas está vacío")
            }
            return node
        } catch let error as YamlError {
            throw RuleFileError(file: url.path, reason: "YAML inválido: \(error)")
        }
    }

    private static func key(_ name: String) -> AnyCodingKey { AnyCodingKey(stringValue: name) }
}
