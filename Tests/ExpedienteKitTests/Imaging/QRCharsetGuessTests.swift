import Testing
@testable import ExpedienteKit

/// The guesser on byte strings, with the decisions ZXing's `StringUtils.guessCharset` makes.
@Suite struct QRCharsetGuessTests {
    static let moBaIRu: [UInt8] = [0x83, 0x82, 0x83, 0x6F, 0x83, 0x43, 0x83, 0x8B] // "モバイル" in Shift_JIS

    @Test func asciiIsLatin1() {
        #expect(QRCharsetGuess.guess(Array("https://cedula.sep.gob.mx/?id=12345678".utf8)) == .latin1)
        #expect(QRTextDecoder.decode(Array("ABC 123".utf8), segments: nil).text == "ABC 123")
    }

    @Test func utf8WithAMultiByteCharacterIsUTF8() {
        let bytes = Array("Educación".utf8)
        #expect(QRCharsetGuess.guess(bytes) == .utf8)
        #expect(QRTextDecoder.decode(bytes, segments: nil) == QRText(text: "Educación", encoding: "UTF-8", source: "guess"))
    }

    @Test func utf8WinsOverShiftJIS() {
        let bytes: [UInt8] = [0xC3, 0x91, 0xC3, 0xB1] // "Ññ" in UTF-8, also two valid Shift_JIS pairs
        #expect(QRCharsetGuess.guess(bytes) == .utf8)
    }

    @Test func utf8ByteOrderMarkIsUTF8() {
        #expect(QRCharsetGuess.guess([0xEF, 0xBB, 0xBF, 0x41]) == .utf8)
    }

    @Test func utf16ByteOrderMarkIsUTF16() {
        let bytes: [UInt8] = [0xFE, 0xFF, 0x00, 0x4D, 0x00, 0xD1]
        #expect(QRCharsetGuess.guess(bytes) == .utf16)
        #expect(QRTextDecoder.decode(bytes, segments: nil).text == "MÑ")
    }

    @Test func latin1WordIsLatin1() {
        let munoz: [UInt8] = [0x4D, 0x55, 0xD1, 0x4F, 0x5A] // "MUÑOZ": also valid Shift_JIS (one katakana)
        #expect(QRCharsetGuess.guess(munoz) == .latin1)
        #expect(QRTextDecoder.decode(munoz, segments: nil) == QRText(text: "MUÑOZ", encoding: "ISO-8859-1", source: "guess"))
        let educacion: [UInt8] = [0x45, 0x64, 0x75, 0x63, 0x61, 0x63, 0x69, 0xF3, 0x6E] // ó = 0xF3: never Shift_JIS
        #expect(QRTextDecoder.decode(educacion, segments: nil).text == "Educación")
    }

    @Test func shiftJISDoubleByteRunIsShiftJIS() {
        #expect(QRCharsetGuess.guess(Self.moBaIRu) == .shiftJIS)
        #expect(QRTextDecoder.decode(Self.moBaIRu, segments: nil) == QRText(text: "モバイル", encoding: "Shift_JIS", source: "guess"))
    }

    @Test func twoDoubleByteCharactersWithC1BytesAreShiftJIS() {
        // "漢字": 0x8A and 0x8E are C1 controls in ISO-8859-1, so only Shift_JIS is left.
        let kanji: [UInt8] = [0x8A, 0xBF, 0x8E, 0x9A]
        #expect(QRCharsetGuess.guess(kanji) == .shiftJIS)
        #expect(QRTextDecoder.decode(kanji, segments: nil).text == "漢字")
    }

    @Test func halfWidthKatakanaRunIsShiftJIS() {
        let katakana: [UInt8] = [0xB1, 0xB2, 0xB3] // "ｱｲｳ"
        #expect(QRCharsetGuess.guess(katakana) == .shiftJIS)
        #expect(QRTextDecoder.decode(katakana, segments: nil).text == "ｱｲｳ")
    }

    @Test func exactlyTwoAdjacentKatakanaAreShiftJIS() {
        #expect(QRCharsetGuess.guess([0x41, 0x20, 0xB1, 0xB2]) == .shiftJIS) // "A ｱｲ"
        #expect(QRCharsetGuess.guess([0xC1, 0x41, 0xC2]) == .latin1) // "ÁAÂ": two, not adjacent
        // "±A²": two, not adjacent, but 0xB1 and 0xB2 are Latin-1 symbols: 2 of 3 bytes.
        #expect(QRCharsetGuess.guess([0xB1, 0x41, 0xB2]) == .shiftJIS)
    }

    @Test func latin1ThatIsValidShiftJISFollowsZXing() {
        // "ÑÚÑ" is also three half-width katakana: ZXing reads Shift_JIS, and so does the guess.
        #expect(QRCharsetGuess.guess([0xD1, 0xDA, 0xD1, 0x4F, 0x41]) == .shiftJIS)
        // 10 % or more Latin-1 symbols (0xA0-0xBF, ×, ÷) tip a Shift_JIS-valid text to Shift_JIS.
        #expect(QRCharsetGuess.guess([0xA3, 0x35]) == .shiftJIS) // "£5"
        #expect(QRCharsetGuess.guess(Array("PRECIO ".utf8) + [0xD7] + Array(" 12345678901234".utf8)) == .latin1)
    }

    @Test func invalidUTF8IsNotUTF8() {
        #expect(QRCharsetGuess.guess([0x41, 0xC3]) == .latin1) // a lead byte with nothing after it
        // A 5-byte form is not UTF-8, 0x88 is a C1 control and 0xF8 no Shift_JIS byte: the fallback.
        #expect(QRCharsetGuess.guess([0xF8, 0x88, 0x80, 0x80, 0x80]) == .latin1)
    }

    @Test func nothingValidFallsBackToLatin1() {
        // 0x80 is a C1 control, a Shift_JIS error and a stray UTF-8 continuation byte.
        #expect(QRCharsetGuess.guess([0x80, 0x80]) == .latin1)
        #expect(QRTextDecoder.decode([0x80, 0x41], segments: nil).text == "\u{80}A")
    }

    @Test func emptyIsLatin1() {
        #expect(QRCharsetGuess.guess([]) == .latin1)
    }
}
