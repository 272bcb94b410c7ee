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
        case .jpegHeader: .document(JPEGHeaderCheck())
        case .jpegColorSpace: .document(JPEGColorSpaceCheck())
        case .jpegArithmetic: .document(JPEGArithmeticCheck())
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
        case .dataCURPMismatch: .data(DataCURPMismatchCheck())
        case .dataApostille: .data(DataApostilleCheck())
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
