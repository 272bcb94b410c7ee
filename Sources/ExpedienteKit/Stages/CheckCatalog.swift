/// The stable id of every check, in the order the checks run (the contract's stage order),
/// like ruff's `codes.rs`. The raw value is what reports and rule files name; it never
/// changes, and a retired id is never reused. `CheckCatalog` maps each id to its check.
public enum CheckID: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case inventoryMissing = "inventory.missing"
    case inventoryDuplicate = "inventory.duplicate"
    case inventoryUnknown = "inventory.unknown"
    case inventoryNotAFile = "inventory.not_a_file"
    case inventoryOtherProfile = "inventory.other_profile"
    case nameEncoding = "name.encoding"
    case nameUppercase = "name.uppercase"
    case nameAccents = "name.accents"
    case nameSpaces = "name.spaces"
    case nameSymbols = "name.symbols"
    case nameExtension = "name.extension"
    case nameExact = "name.exact"
    case typeUnreadable = "type.unreadable"
    case typeNotJPEG = "type.not_jpeg"
    case sizeEmpty = "size.empty"
    case sizeMaxBytes = "size.max_bytes"
    case sizeMargin = "size.margin"
    case jpegHeader = "jpeg.header"
    case jpegColorSpace = "jpeg.color_space"
    case jpegArithmetic = "jpeg.arithmetic"
    case jpegExifOrientation = "jpeg.exif_orientation"
    case resolutionMinDPI = "resolution.min_dpi"
    case resolutionInferred = "resolution.inferred"
    case resolutionUnknown = "resolution.unknown"
    case integrityDecodeFailed = "integrity.decode_failed"
    case integrityTruncated = "integrity.truncated"
    case integrityCorrupt = "integrity.corrupt"
    case integrityTrailingData = "integrity.trailing_data"
    case qualityBlank = "quality.blank"
    case qualityBlur = "quality.blur"
    case qualityLowContrast = "quality.low_contrast"
    case qualityDark = "quality.dark"
    case qualityNoise = "quality.noise"
    case qualityRotated = "quality.rotated"
    case qualityFraming = "quality.framing"
    case qrUnreadable = "qr.unreadable"
    case qrMissing = "qr.missing"
    case qrSmallModules = "qr.small_modules"
    case qrPattern = "qr.pattern"
    case dataRegistro = "data.registro"
    case dataConvocatoria = "data.convocatoria"
    case dataPerfil = "data.perfil"
    case dataCURPStructure = "data.curp_structure"
    case dataCURPState = "data.curp_state"
    case dataCURPSex = "data.curp_sex"
    case dataCURPDate = "data.curp_date"
    case dataCURPCheckDigit = "data.curp_check_digit"
    case dataGradeScale = "data.grade_scale"
    case dataGradeRange = "data.grade_range"
    case dataEnarmEdition = "data.enarm_edition"
    case dataEnarmConstancia = "data.enarm_constancia"
    case dataCEROption = "data.cer_option"
    case dataPublicationMissing = "data.publication_missing"
    case dataPublicationAuthorship = "data.publication_authorship"
    case dataPublicationDOI = "data.publication_doi"
    case dataPublicationISSN = "data.publication_issn"
    case dataPublicationDate = "data.publication_date"
    case dataPublicationDuplicate = "data.publication_duplicate"
    case dataSocialServiceEnd = "data.social_service_end"
    case dataIMSSSeniority = "data.imss_seniority"
    case dataCURPMismatch = "data.curp_mismatch"
    case dataApostille = "data.apostille"
    case dataCopy = "data.copy"
    case dataAllowedCopy = "data.allowed_copy"
    case dataSolicitudOutdated = "data.solicitud_outdated"

    public var description: String { rawValue }
}

/// Every check of the pipeline, derived from `CheckID`: the exhaustive switch below is the
/// registry, so an id without its check (or a check without an id) does not compile.
public enum CheckCatalog {
    /// A check of one of the three kinds the pipeline runs.
    enum Registered {
        case folder(any FolderCheck)
        case document(any DocumentCheck)
        case data(any DataCheck)

        var definition: CheckDefinition {
            switch self {
            case .folder(let check): type(of: check).definition
            case .document(let check): type(of: check).definition
            case .data(let check): type(of: check).definition
            }
        }

        /// The check's type, for the test that type names follow ids.
        var checkType: Any.Type {
            switch self {
            case .folder(let check): type(of: check)
            case .document(let check): type(of: check)
            case .data(let check): type(of: check)
            }
        }
    }

    static func check(_ id: CheckID) -> Registered {
        switch id {
        case .inventoryMissing: .folder(InventoryMissingCheck())
        case .inventoryDuplicate: .folder(InventoryDuplicateCheck())
        case .inventoryUnknown: .folder(InventoryUnknownCheck())
        case .inventoryNotAFile: .folder(InventoryNotAFileCheck())
        case .inventoryOtherProfile: .folder(InventoryOtherProfileCheck())
        case .nameEncoding: .document(NameEncodingCheck())
        case .nameUppercase: .document(NameUppercaseCheck())
        case .nameAccents: .document(NameAccentsCheck())
        case .nameSpaces: .document(NameSpacesCheck())
        case .nameSymbols: .document(NameSymbolsCheck())
        case .nameExtension: .document(NameExtensionCheck())
        case .nameExact: .document(NameExactCheck())
        case .typeUnreadable: .document(TypeUnreadableCheck())
        case .typeNotJPEG: .document(TypeNotJPEGCheck())
        case .sizeEmpty: .document(SizeEmptyCheck())
        case .sizeMaxBytes: .document(SizeMaxBytesCheck())
        case .sizeMargin: .document(SizeMarginCheck())
        case .jpegHeader: .document(JPEGHeaderCheck())
        case .jpegColorSpace: .document(JPEGColorSpaceCheck())
        case .jpegArithmetic: .document(JPEGArithmeticCheck())
        case .jpegExifOrientation: .document(JPEGExifOrientationCheck())
        case .resolutionMinDPI: .document(ResolutionMinDPICheck())
        case .resolutionInferred: .document(ResolutionInferredCheck())
        case .resolutionUnknown: .document(ResolutionUnknownCheck())
        case .integrityDecodeFailed: .document(IntegrityDecodeFailedCheck())
        case .integrityTruncated: .document(IntegrityTruncatedCheck())
        case .integrityCorrupt: .document(IntegrityCorruptCheck())
        case .integrityTrailingData: .document(IntegrityTrailingDataCheck())
        case .qualityBlank: .document(QualityBlankCheck())
        case .qualityBlur: .document(QualityBlurCheck())
        case .qualityLowContrast: .document(QualityLowContrastCheck())
        case .qualityDark: .document(QualityDarkCheck())
        case .qualityNoise: .document(QualityNoiseCheck())
        case .qualityRotated: .document(QualityRotatedCheck())
        case .qualityFraming: .document(QualityFramingCheck())
        case .qrUnreadable: .document(QRUnreadableCheck())
        case .qrMissing: .document(QRMissingCheck())
        case .qrSmallModules: .document(QRSmallModulesCheck())
        case .qrPattern: .document(QRPatternCheck())
        case .dataRegistro: .data(DataRegistroCheck())
        case .dataConvocatoria: .data(DataConvocatoriaCheck())
        case .dataPerfil: .data(DataPerfilCheck())
        case .dataCURPStructure: .data(DataCURPStructureCheck())
        case .dataCURPState: .data(DataCURPStateCheck())
        case .dataCURPSex: .data(DataCURPSexCheck())
        case .dataCURPDate: .data(DataCURPDateCheck())
        case .dataCURPCheckDigit: .data(DataCURPCheckDigitCheck())
        case .dataGradeScale: .data(DataGradeScaleCheck())
        case .dataGradeRange: .data(DataGradeRangeCheck())
        case .dataEnarmEdition: .data(DataEnarmEditionCheck())
        case .dataEnarmConstancia: .data(DataEnarmConstanciaCheck())
        case .dataCEROption: .data(DataCEROptionCheck())
        case .dataPublicationMissing: .data(DataPublicationMissingCheck())
        case .dataPublicationAuthorship: .data(DataPublicationAuthorshipCheck())
        case .dataPublicationDOI: .data(DataPublicationDOICheck())
        case .dataPublicationISSN: .data(DataPublicationISSNCheck())
        case .dataPublicationDate: .data(DataPublicationDateCheck())
        case .dataPublicationDuplicate: .data(DataPublicationDuplicateCheck())
        case .dataSocialServiceEnd: .data(DataSocialServiceEndCheck())
        case .dataIMSSSeniority: .data(DataIMSSSeniorityCheck())
        case .dataCURPMismatch: .data(DataCURPMismatchCheck())
        case .dataApostille: .data(DataApostilleCheck())
        case .dataCopy: .data(DataCopyCheck())
        case .dataAllowedCopy: .data(DataAllowedCopyCheck())
        case .dataSolicitudOutdated: .data(DataSolicitudOutdatedCheck())
        }
    }

    static let registered: [Registered] = CheckID.allCases.map(check)

    static let folderChecks: [any FolderCheck] = registered.compactMap {
        if case .folder(let check) = $0 { check } else { nil }
    }

    static let documentChecks: [any DocumentCheck] = registered.compactMap {
        if case .document(let check) = $0 { check } else { nil }
    }

    static let dataChecks: [any DataCheck] = registered.compactMap {
        if case .data(let check) = $0 { check } else { nil }
    }

    /// Every definition, in the order the checks run.
    public static let all: [CheckDefinition] = registered.map(\.definition)

    public static func definition(_ id: CheckID) -> CheckDefinition {
        check(id).definition
    }

    static func documentChecks(in stage: Stage) -> [any DocumentCheck] {
        documentChecks.filter { type(of: $0).definition.stage == stage }
    }
}
