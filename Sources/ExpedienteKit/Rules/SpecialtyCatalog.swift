/// `especialidades.yaml` in a convocatoria folder (CER call, table 1): every specialty the
/// table names, with a canonical id and the names the call and applicants write for it, and
/// the table's rows by id. The table prints one specialty several ways and with typos
/// («Cirugia», «Gineco obstetricia» and «Ginecología y Obstetricia»): rows name ids, so an
/// applicant who writes any known name of the course is judged by the course.
public struct SpecialtyCatalog: Codable, Sendable, Equatable {
    public static let fileName = "especialidades.yaml"
    public static let currentVersion = 1

    public var source: String
    public var especialidades: [Specialty]
    /// The rows of the table: each CER with its prerequisite course (CEME) and grade.
    public var tabla: [Option]

    public struct Specialty: Codable, Sendable, Equatable {
        public var id: String
        /// The name reports show.
        public var title: String
        /// Other names it goes by: the table's own wording and what applicants write.
        @Defaulted public var names: [String]

        enum CodingKeys: String, CodingKey, CaseIterable { case id, title, names }

        /// The id, the title and the other names, folded as `FileName.fold` does (case,
        /// accents, spaces and punctuation do not count).
        var foldedNames: [String] { ([id, title] + names).map(FileName.fold) }
    }

    public struct Option: Codable, Sendable, Equatable {
        /// Specialty ids.
        public var cer: String
        public var ceme: String
        public var grado: Int
        /// The row as the call prints it: «CER | CEME | grado».
        public var source: String

        enum CodingKeys: String, CodingKey, CaseIterable { case cer, ceme, grado, source }

        /// The CER and CEME of the row in the call's own words (from `source`).
        public var printed: (cer: String, ceme: String)? {
            let cells = source.components(separatedBy: " | ")
            return cells.count == 3 ? (cells[0], cells[1]) : nil
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case version, source, especialidades, tabla }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        especialidades = try c.decode([Specialty].self, forKey: .especialidades)
        tabla = try c.decode([Option].self, forKey: .tabla)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(especialidades, forKey: .especialidades)
        try c.encode(tabla, forKey: .tabla)
    }

    public func specialty(id: String) -> Specialty? {
        especialidades.first { $0.id == id }
    }

    /// The specialty an applicant's text names (any of its names, folded); nil when none does.
    public func specialty(named text: String) -> Specialty? {
        let folded = FileName.fold(text)
        guard !folded.isEmpty else { return nil }
        return especialidades.first { $0.foldedNames.contains(folded) }
    }

    public func title(of id: String) -> String {
        specialty(id: id)?.title ?? id
    }

    /// Why the catalogue is inconsistent, with the path of the offending key; nil when it is sound.
    func problem() -> (reason: String, path: [any CodingKey])? {
        var owner: [String: String] = [:]
        for (index, specialty) in especialidades.enumerated() {
            let at: [any CodingKey] = [AnyCodingKey(stringValue: "especialidades"), AnyCodingKey(intValue: index)]
            if especialidades.prefix(index).contains(where: { $0.id == specialty.id }) {
                return ("la especialidad «\(specialty.id)» está declarada dos veces", at + [AnyCodingKey(stringValue: "id")])
            }
            for name in Set(specialty.foldedNames) {
                if let other = owner[name], other != specialty.id {
                    return ("el nombre «\(name)» de «\(specialty.id)» ya es de «\(other)»", at)
                }
                owner[name] = specialty.id
            }
        }
        for (index, row) in tabla.enumerated() {
            let at: [any CodingKey] = [AnyCodingKey(stringValue: "tabla"), AnyCodingKey(intValue: index)]
            for (key, id) in [("cer", row.cer), ("ceme", row.ceme)] where specialty(id: id) == nil {
                return ("«\(id)» no es una especialidad declarada en «especialidades»", at + [AnyCodingKey(stringValue: key)])
            }
            guard let printed = row.printed, String(row.grado) == row.source.components(separatedBy: " | ").last else {
                return ("source debe citar la fila como la imprime la convocatoria: «CER | CEME | \(row.grado)»", at + [AnyCodingKey(stringValue: "source")])
            }
            // The row's printed wording is a name of the ids it refers to (`specialty(named:)`,
            // through the names gathered above, each folded once: folding every name again for
            // every row was a fifth of the start-up).
            func named(_ text: String) -> String? {
                let folded = FileName.fold(text)
                return folded.isEmpty ? nil : owner[folded]
            }
            for (key, id, text) in [("cer", row.cer, printed.cer), ("ceme", row.ceme, printed.ceme)]
            where named(text) != id {
                return ("la tabla escribe «\(text)», que no es un nombre de «\(id)»: añádalo a sus names", at + [AnyCodingKey(stringValue: key)])
            }
        }
        return nil
    }
}

extension SpecialtyCatalog: VersionedFile {}
