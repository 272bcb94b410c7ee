import Foundation

/// The batch applicant data: a CSV with one row per folder (`batch --registro FILE.csv`).
/// Column `carpeta` names the folder under ROOT; the others are the keys of REGISTRO.yaml:
/// `convocatoria`, `curp`, `nombre`, `perfil` (ids separated by `;`), `edicion_enarm`,
/// `internado_imss`, `servicio_social_imss` (si/no), `calificacion_<id>` (one per grade),
/// `publicaciones` (`DOCUMENTO:autoría` separated by `;`), `fin_servicio_social` (AAAA-MM-DD)
/// `antiguedad_imss_anios` (years) and `identificacion` (ine, pasaporte, matricula_consular). Empty cells are absent data.
public enum RegistroTable {
    /// Rows by folder name; a row that cannot be read is an error for that folder only.
    public static func parse(_ text: String, display: String) throws(RuleFileError) -> [String: Result<Registro, RuleFileError>] {
        let records = CSVRecords.parse(text)
        guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw RuleFileError(file: display, line: 1, reason: "el archivo está vacío")
        }
        guard let folderColumn = header.firstIndex(of: "carpeta") else {
            throw RuleFileError(file: display, line: 1, reason: "falta la columna «carpeta» (el nombre de la carpeta de cada aspirante)")
        }
        let known: Set<String> = ["carpeta", "convocatoria", "curp", "nombre", "perfil", "edicion_enarm", "internado_imss",
                                  "servicio_social_imss", "publicaciones", "fin_servicio_social", "antiguedad_imss_anios", "identificacion"]
        if let unknown = header.first(where: { !known.contains($0) && !$0.hasPrefix("calificacion_") }) {
            throw RuleFileError(file: display, line: 1, reason: "columna desconocida «\(unknown)»; se admiten: \(known.sorted().joined(separator: ", ")), calificacion_<id>")
        }
        var rows: [String: Result<Registro, RuleFileError>] = [:]
        for record in records.dropFirst() where !record.fields.allSatisfy({ $0.isEmpty }) {
            let cells = Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first })
            let folder = record.fields.indices.contains(folderColumn) ? record.fields[folderColumn] : ""
            guard !folder.isEmpty else { continue }
            rows[folder] = Result { () throws(RuleFileError) in try registro(cells, line: record.line, display: display) }
        }
        return rows
    }

    private static func registro(_ cells: [String: String], line: Int, display: String) throws(RuleFileError) -> Registro {
        func value(_ key: String) -> String? {
            cells[key].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        func flag(_ key: String) throws(RuleFileError) -> Bool? {
            guard let text = value(key)?.lowercased() else { return nil }
            switch text {
            case "si", "sí", "true", "1": return true
            case "no", "false", "0": return false
            default: throw RuleFileError(file: display, line: line, reason: "«\(key)» debe ser sí o no, no «\(text)»")
            }
        }
        var grades: [String: Registro.Grade] = [:]
        for (key, text) in cells where key.hasPrefix("calificacion_") && !text.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let number = Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")) else {
                throw RuleFileError(file: display, line: line, reason: "«\(key)» no es un número: «\(text)»")
            }
            grades[String(key.dropFirst("calificacion_".count))] = Registro.Grade(valor: number)
        }
        var publications: [Registro.Publicacion] = []
        for item in (value("publicaciones") ?? "").split(separator: ";") {
            let parts = item.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let authorship = Int(parts[1]) else {
                throw RuleFileError(file: display, line: line, reason: "«publicaciones» se escribe DOCUMENTO:autoría separados por «;», no «\(item)»")
            }
            publications.append(Registro.Publicacion(documento: parts[0], autoria: authorship))
        }
        var end: CalendarDate? = nil
        if let text = value("fin_servicio_social") {
            guard let date = CalendarDate(text) else {
                throw RuleFileError(file: display, line: line, reason: "«fin_servicio_social» no es una fecha AAAA-MM-DD: «\(text)»")
            }
            end = date
        }
        var seniority: Double? = nil
        if let text = value("antiguedad_imss_anios") {
            guard let years = Double(text.replacingOccurrences(of: ",", with: ".")), years.isFinite, years >= 0, years <= 100 else {
                throw RuleFileError(file: display, line: line, reason: "«antiguedad_imss_anios» debe ser un número de años entre 0 y 100, no «\(text)»")
            }
            seniority = years
        }
        var identification: Registro.Identificacion? = nil
        if let text = value("identificacion") {
            guard let known = Registro.Identificacion(text: text) else {
                throw RuleFileError(file: display, line: line, reason: Registro.Identificacion.invalid(text))
            }
            identification = known
        }
        return Registro(
            convocatoria: value("convocatoria"), curp: value("curp"), nombre: value("nombre"),
            perfil: (value("perfil") ?? "").split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) },
            edicionENARM: value("edicion_enarm"), calificaciones: grades, internadoIMSS: try flag("internado_imss"),
            servicioSocialIMSS: try flag("servicio_social_imss"), publicaciones: publications,
            finServicioSocial: end, antiguedadIMSSAnios: seniority, identificacion: identification
        )
    }
}

/// RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks.
enum CSVRecords {
    struct Record {
        var fields: [String]
        /// 1-based line where the record starts.
        var line: Int
    }

    static func parse(_ text: String) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var start = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                fields.append(field)
                records.append(Record(fields: fields, line: start))
                fields = []
                field = ""
                line += 1
                start = line
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(fields: fields, line: start))
        }
        return records
    }
}
