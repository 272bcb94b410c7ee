/// The document must stay in colour (`keep_color:` in its rule file): `fix` never writes it in
/// greyscale (the CER SOLICITUD, signed in blue ink, 3.1 12).
public struct KeepColor: Codable, Sendable, Equatable {
    public var source: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case source
    }
}
