/// Another document whose picture this one may repeat, where the call allows it (a passport's
/// carátula for both sides of the identification, ENARM 2.2.1 a.2).
public struct AllowedCopy: Codable, Sendable, Equatable {
    /// The NOMBRE of the other document.
    public var kind: String
    /// The case the call allows, in Spanish: «si presenta pasaporte o matrícula consular».
    public var when: String
    public var source: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, when, source
    }
}
