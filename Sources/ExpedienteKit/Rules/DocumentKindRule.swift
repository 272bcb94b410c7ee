/// One document kind of the call's table, as its rule file `<NOMBRE>.yaml` declares it.
public struct DocumentKindRule: Codable, Sendable, Equatable {
    public static let currentVersion = 1

    public var version: Int
    /// The NOMBRE column: the exact file name without extension.
    public var kind: String
    /// TIPO DE DOCUMENTO, in the call's words.
    public var title: String
    /// Profile ids (see `Perfil`) that must present it.
    public var requiredFor: [String]
    /// Other names applicants use for it (folded: uppercase, no accents or symbols).
    @Defaulted public var aliases: [String]
    /// Names of a file that is this document and another one at once: a passport's carátula
    /// serves both sides of the identification (ENARM 2.2.1 a.2).
    @Defaulted public var sharedAliases: [String]
    /// A document this one may be a copy of, and when (the copy is then only an aviso).
    public var allowedCopyOf: AllowedCopy?
    /// The page must stay in colour: `fix` does not write it in greyscale.
    public var keepColor: KeepColor?
    public var limits: DocumentLimits?
    /// Overrides of the convocatoria's image-quality thresholds for this kind.
    public var quality: QualityThresholds?
    public var qr: QRRule?
    /// Per-check overrides of the convocatoria's `checks`.
    @Defaulted public var checks: [String: CheckRule]
    public var source: String
    /// Its absence leaves the expediente PENDIENTE_DE_VALIDAR (the signed SOLICITUD).
    @Defaulted public var pendingWhenMissing: Bool
    /// Profiles for whom this document is issued abroad and must be notarised and apostilled.
    @Defaulted public var apostilleFor: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, kind, title, aliases, limits, quality, qr, checks, source
        case requiredFor = "required_for"
        case sharedAliases = "shared_aliases"
        case allowedCopyOf = "allowed_copy_of"
        case keepColor = "keep_color"
        case pendingWhenMissing = "pending_when_missing"
        case apostilleFor = "apostille_for"
    }
}

extension DocumentKindRule: VersionedFile, ValidatedDecodable {
    func validate() throws(InvalidField) {
        guard !kind.isEmpty, kind.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
            throw InvalidField(CodingKeys.kind, "«\(kind)» no es un NOMBRE válido: solo mayúsculas A-Z y dígitos")
        }
    }

    /// The checks this kind overrides, by id (the loader admits only known ids).
    public var overriddenChecks: [CheckID] {
        checks.keys.sorted().compactMap(CheckID.init(rawValue:))
    }
}
