/// Every check of the pipeline, in the order they run.
public enum CheckCatalog {
    static let folderChecks: [any FolderCheck] = [
        InventoryMissingCheck(),
        InventoryDuplicateCheck(),
        InventoryUnknownCheck(),
        InventoryNotAFileCheck(),
    ]

    static let documentChecks: [any DocumentCheck] = [
        NameEncodingCheck(),
        NameUppercaseCheck(),
        NameAccentsCheck(),
        NameSpacesCheck(),
        NameSymbolsCheck(),
        NameExtensionCheck(),
        NameExactCheck(),
        TypeUnreadableCheck(),
        TypeNotJPEGCheck(),
        SizeEmptyCheck(),
        SizeMaxBytesCheck(),
        JPEGHeaderCheck(),
        JPEGColorSpaceCheck(),
        JPEGArithmeticCheck(),
        ResolutionMinimumCheck(),
        ResolutionInferredCheck(),
        ResolutionUnknownCheck(),
        IntegrityDecodeCheck(),
        IntegrityTruncatedCheck(),
        IntegrityCorruptCheck(),
        IntegrityTrailingDataCheck(),
        QualityBlankCheck(),
        QualityBlurCheck(),
        QualityContrastCheck(),
        QualityDarkCheck(),
        QualityNoiseCheck(),
        QualityRotatedCheck(),
        QualityFramingCheck(),
        QRUnreadableCheck(),
        QRMissingCheck(),
        QRSmallModulesCheck(),
        QRPatternCheck(),
    ]

    static let dataChecks: [any DataCheck] = [
        DataRegistroCheck(),
        DataConvocatoriaCheck(),
        DataPerfilCheck(),
        DataCURPStructureCheck(),
        DataCURPStateCheck(),
        DataCURPSexCheck(),
        DataCURPDateCheck(),
        DataCURPCheckDigitCheck(),
        DataGradeScaleCheck(),
        DataGradeRangeCheck(),
        DataEnarmEditionCheck(),
        DataEnarmConstanciaCheck(),
        DataCEROptionCheck(),
        DataCURPMismatchCheck(),
        DataApostilleCheck(),
    ]

    public static let all: [CheckDefinition] =
        folderChecks.map { type(of: $0).definition } + documentChecks.map { type(of: $0).definition }
            + dataChecks.map { type(of: $0).definition }

    static func documentChecks(in stage: Stage) -> [any DocumentCheck] {
        documentChecks.filter { type(of: $0).definition.stage == stage }
    }
}
