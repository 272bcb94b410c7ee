/// Another document whose picture this one may repeat, where the call allows it (a passport's
/// carátula for both sides of the identification, ENARM 2.2.1 a.2).
public struct AllowedCopy: Codable, Sendable, Equatable {
    /// The NOMBRE of the other document.
    public var kind: String
    /// The case the call allows, in Spanish: «si presenta pasaporte o matrícula consular».
    public var when: String
    /// The registered identifications (`identificacion:` in the registro) for which the copy is
    /// right: with one of them it gives no finding, with another it is `data.copy`; nil or an
    /// unregistered identification: the aviso `data.allowed_copy`.
    public var identificacion: [Registro.Identificacion]?
    public var source: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, when, identificacion, source
    }
}
