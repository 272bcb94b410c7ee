import Foundation

/// Why the SOLICITUD looks older than the applicant data it must print (ENARM 2.2.1 j: «la
/// última impresión generada durante el último ingreso al registro»).
public enum SolicitudAge: Sendable, Equatable {
    /// The store saw this same SOLICITUD first on `since`, with other registro data than today's.
    case registroChangedSince(Date)
    /// The registro file was modified this many seconds after the SOLICITUD file.
    case registroNewerBy(seconds: Int)

    /// Modification times closer than this are the same moment: copying or unpacking a folder
    /// writes its files seconds apart in any order, and a new print takes longer to sign and scan.
    static let sameMomentSeconds = 300

    /// With a store that has seen this folder's SOLICITUD, only the store decides; without one,
    /// the files' modification times do.
    static func judge(stored: SolicitudRecord?, current: SolicitudRecord?, registroModified: Date?, solicitudModified: Date?) -> SolicitudAge? {
        guard let current else { return nil }
        if let stored, stored.solicitud == current.solicitud {
            return stored.registro == current.registro ? nil : .registroChangedSince(stored.since)
        }
        guard let registroModified, let solicitudModified else { return nil }
        let seconds = Int(registroModified.timeIntervalSince(solicitudModified).rounded(.down))
        return seconds > sameMomentSeconds ? .registroNewerBy(seconds: seconds) : nil
    }

    /// The words of the message: what shows the data changed after the print.
    func reason(registroFile: String?, solicitudFile: String) -> String {
        switch self {
        case .registroChangedSince(let date):
            return "los datos son otros que en la revisión del \(Self.format(date)), y \(solicitudFile) es el mismo archivo"
        case .registroNewerBy(let seconds):
            return "\(registroFile ?? "el registro") se modificó \(Self.duration(seconds)) después que \(solicitudFile)"
        }
    }

    static func duration(_ seconds: Int) -> String {
        let (value, unit) = switch seconds {
        case ..<3600: (max(1, seconds / 60), "minuto")
        case ..<86_400: (seconds / 3600, "hora")
        default: (seconds / 86_400, "día")
        }
        return "\(value) \(unit)\(value == 1 ? "" : "s")"
    }

    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "es_MX")
        formatter.dateFormat = "d/MM/yyyy HH:mm"
        return formatter.string(from: date)
    }
}

/// A folder's SOLICITUD as the store keeps it: its content hash, a digest of the applicant data
/// when that SOLICITUD was first seen, and when.
public struct SolicitudRecord: Sendable, Equatable {
    public var solicitud: [UInt8]
    public var registro: [UInt8]
    public var since: Date

    /// The digest of the registro's values (not its bytes: a comment or a reordering is no change).
    static func digest(of registro: Registro) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var hasher = SHA256()
        hasher.update(data: (try? encoder.encode(registro)) ?? Data())
        return hasher.finalize()
    }
}

