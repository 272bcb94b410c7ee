/// The cheap first look of the `qr` stage where a page without a QR is normal (a printed título,
/// a cédula in card format): on the page decoded at 1/`scale` (libjpeg's DCT scaling, a quarter
/// of the pixels of a full decode), whether any QR finder pattern shows, dark on light or light
/// on dark. Only then is the page decoded at full size and scanned (`QRScanner.read`); a page
/// with no finder pattern at half size has no symbol zbar or the fallback chain could read or
/// report (zbar finds symbols through the same 1:1:3:1:1 finder runs), except one whose modules
/// are under about 1.5 px at full size, which the rules already call too small.
enum QRScreen {
    /// DCT scale denominator of the screening decode.
    static let scale = 2

    /// Rows scanned: a finder centre 3 modules tall of modules of 1.5 px (3 px at full size) is
    /// still crossed by one row in three.
    static let rowStep = 3

    /// Whether `image` shows at least one finder pattern (one scan row suffices), normal or inverted.
    static func mayHoldQR(_ image: GrayImage) -> Bool {
        QRFinderDetector.candidates(in: image, minConfirmations: 1, polarities: [false, true], rowStep: rowStep)
            .contains { !$0.isEmpty }
    }
}
