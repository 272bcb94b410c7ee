/// How much a finding weighs, in the convocatoria's own words.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    /// Grave: annuls the expediente.
    case anulacion
    /// Must be fixed before the expediente can be validated.
    case observacion
    /// Informative: does not change the status.
    case aviso

    private var rank: Int {
        switch self {
        case .anulacion: 0
        case .observacion: 1
        case .aviso: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The Spanish word, for prose and tables ("observación"); the raw value is the JSON id.
    public var word: String {
        switch self {
        case .anulacion: "anulación"
        case .observacion: "observación"
        case .aviso: "aviso"
        }
    }

    /// Spanish label for text reports.
    public var label: String {
        switch self {
        case .anulacion: "ANULACIÓN"
        case .observacion: "OBSERVACIÓN"
        case .aviso: "AVISO"
        }
    }
}
