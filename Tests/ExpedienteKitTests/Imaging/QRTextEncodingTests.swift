import Testing
@testable import ExpedienteKit
@testable import ExpedienteSamples

/// Symbols built by libqrencode segment by segment, drawn on a 300-dpi page, through the
/// project's JPEG encoder and decoder, read by zbar and turned into text by `QRTextDecoder`.
@Suite struct QRTextEncodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let segments: [QRInputSegment]
        let text: String
        let encoding: String
        let source: String
        var testDescription: String { name }
    }

    static let moBaIRu: [UInt8] = [0x83, 0x82, 0x83, 0x6F, 0x83, 0x43, 0x83, 0x8B] // "モバイル"
    static let kanji: [UInt8] = [0x8A, 0xBF, 0x8E, 0x9A] // "漢字"
    /// "CALLE ÑÚÑOA 12" in ISO-8859-1: "ÑÚÑ" is also three half-width katakana, so without
    /// an ECI the guess (like ZXing's) reads Shift_JIS.
    static let nunoaLatin1: [UInt8] = Array("CALLE ".utf8) + [0xD1, 0xDA, 0xD1] + Array("OA 12".utf8)

    static let cases: [Case] = [
        Case(name: "Shift_JIS, byte mode, no ECI", segments: [.byte(moBaIRu)], text: "モバイル", encoding: "Shift_JIS", source: "guess"),
        Case(name: "UTF-8, no ECI", segments: [.byte(Array("Educación MUÑOZ".utf8))], text: "Educación MUÑOZ",
             encoding: "UTF-8", source: "guess"),
        Case(name: "UTF-8, ECI 26", segments: [.eci(26), .byte(Array("Educación MUÑOZ".utf8))], text: "Educación MUÑOZ",
             encoding: "UTF-8", source: "eci"),
        Case(name: "Latin-1, no ECI", segments: [.byte([0x4D, 0x55, 0xD1, 0x4F, 0x5A])], text: "MUÑOZ",
             encoding: "ISO-8859-1", source: "guess"),
        Case(name: "Latin-1 that looks like Shift_JIS, no ECI", segments: [.byte(nunoaLatin1)], text: "CALLE ﾑﾚﾑOA 12",
             encoding: "Shift_JIS", source: "guess"),
        Case(name: "Latin-1, ECI 3", segments: [.eci(3), .byte(nunoaLatin1)], text: "CALLE ÑÚÑOA 12",
             encoding: "ISO-8859-1", source: "eci"),
        Case(name: "Shift_JIS, ECI 20", segments: [.eci(20), .byte(moBaIRu)], text: "モバイル", encoding: "Shift_JIS", source: "eci"),
        Case(name: "kanji mode", segments: [.kanji(kanji + moBaIRu)], text: "漢字モバイル", encoding: "Shift_JIS", source: "kanji"),
        Case(name: "numeric, UTF-8 with ECI 26, alphanumeric",
             segments: [.numeric("2025"), .eci(26), .byte(Array("|Educación|".utf8)), .alphanumeric("ABC-1")],
             text: "2025|Educación|ABC-1", encoding: "UTF-8", source: "eci"),
        Case(name: "ECI 3 then ECI 26", segments: [.eci(3), .byte([0xD1, 0x20]), .eci(26), .byte(Array("ñ".utf8))],
             text: "Ñ ñ", encoding: "ISO-8859-1+UTF-8", source: "eci"),
        // ECIs zbar does not convert: its bytes are the stored ones, and only the segments tell.
        Case(name: "windows-1252, ECI 23", segments: [.eci(23), .byte(Array("Precio: 12 ".utf8) + [0x80])], text: "Precio: 12 €",
             encoding: "windows-1252", source: "eci"),
        Case(name: "GB18030, ECI 29", segments: [.eci(29), .byte([0xD6, 0xD0, 0xCE, 0xC4])], text: "中文",
             encoding: "GB18030", source: "eci"),
        Case(name: "kanji mode and Shift_JIS bytes without ECI",
             segments: [.kanji(kanji), .byte(Array(" ".utf8) + moBaIRu)], text: "漢字 モバイル", encoding: "Shift_JIS",
             source: "kanji+guess"),
    ]

    static func scan(_ matrix: QRMatrix, moduleSize: Int = 6) throws -> [QRCode] {
        let symbol = matrix.render(moduleSize: moduleSize)
        var page = GrayImage(width: 2550, height: 3300, fill: 255)
        ImagingFixtures.paste(symbol, onto: &page, x: 2550 - symbol.width - 150, y: 150)
        let jpeg = try JPEGCodec.encode(RasterImage(page), quality: 80, density: PixelDensity(unit: .perInch, x: 300, y: 300))
        return QRScanner.scan(try JPEGCodec.decodeGray(jpeg).image)
    }

    @Test(arguments: cases)
    func textIsExactlyAsEncoded(_ c: Case) throws {
        let codes = try Self.scan(QRGenerator.modules(segments: c.segments))
        #expect(codes.count == 1)
        #expect(codes.first?.text == c.text)
        #expect(codes.first?.encoding == c.encoding)
        #expect(codes.first?.encodingSource == c.source)
    }

    @Test func eciSurvivesARotatedNoisyScan() throws {
        let matrix = try QRGenerator.modules(segments: [.eci(3), .byte(Self.nunoaLatin1)])
        let scan = QRScanRenderer.render(matrix, QRScanDegradation(moduleSize: 4, rotationDegrees: 7, blurSigma: 0.8,
                                                                   noiseSigma: 6), seed: 18)
        let codes = QRScanner.scan(scan)
        #expect(codes.map(\.text) == ["CALLE ÑÚÑOA 12"])
        #expect(codes.first?.encodingSource == "eci")
    }

    @Test func largeVersionsKeepTheirECI() throws {
        let text = String(repeating: "Educación médica, ", count: 40)
        let codes = try Self.scan(QRGenerator.modules(segments: [.eci(26), .byte(Array(text.utf8))], level: .quartile),
                                  moduleSize: 4)
        #expect(codes.map(\.text) == [text])
        #expect(codes.first?.encodingSource == "eci")
    }
}
