import Testing
@testable import ExpedienteKit
@testable import ExpedienteSamples

/// The pure-Swift symbol decoder on libqrencode's module matrices, without a camera: every
/// version and level (codeword order, block tables, masks), and Reed-Solomon on damaged grids.
@Suite struct QRSegmentReaderTests {
    static func grid(_ matrix: QRMatrix) -> [Bool] {
        (0..<(matrix.size * matrix.size)).map { matrix.isDark(x: $0 % matrix.size, y: $0 / matrix.size) }
    }

    @Test(arguments: [QRErrorCorrection.low, .medium, .quartile, .high])
    func everyVersionDecodes(level: QRErrorCorrection) throws {
        for version in 1...40 {
            let payload = Array("EXP-\(version)-ñ".utf8)
            let matrix = try QRGenerator.modules(segments: [.eci(26), .byte(payload)], level: level, minimumVersion: version)
            #expect(matrix.size >= 17 + 4 * version) // version 1-H cannot hold it: 2
            let segments = QRSegmentReader.decode(Self.grid(matrix), n: matrix.size)
            #expect(segments == [QRSegment(mode: .byte, bytes: payload, eci: 26)], "version \(version)")
        }
    }

    @Test func modesAndECIAreParsed() throws {
        let matrix = try QRGenerator.modules(segments: [.numeric("0123456789"), .alphanumeric("AB:C"), .eci(3),
                                                        .byte([0xD1]), .kanji([0x8A, 0xBF])])
        #expect(QRSegmentReader.decode(Self.grid(matrix), n: matrix.size) == [
            QRSegment(mode: .numeric, bytes: Array("0123456789".utf8)),
            QRSegment(mode: .alphanumeric, bytes: Array("AB:C".utf8)),
            QRSegment(mode: .byte, bytes: [0xD1], eci: 3),
            QRSegment(mode: .kanji, bytes: [0x8A, 0xBF], eci: 3),
        ])
    }

    @Test func flippedModulesAreCorrected() throws {
        let payload = Array("https://cedulaprofesional.sep.gob.mx/cedula?id=12345678".utf8)
        let matrix = try QRGenerator.modules(segments: [.byte(payload)], level: .medium, minimumVersion: 5)
        var dark = Self.grid(matrix)
        let n = matrix.size
        // Ten data modules in the lower right quarter, away from function patterns.
        for i in 0..<10 { dark[(n - 1 - i) * n + (n - 10 + i % 3)].toggle() }
        #expect(QRSegmentReader.decode(dark, n: n) == [QRSegment(mode: .byte, bytes: payload)])
    }

    @Test func tooManyErrorsGiveNothing() throws {
        let matrix = try QRGenerator.modules(segments: [.byte(Array("MUÑOZ".utf8))], level: .low)
        var dark = Self.grid(matrix)
        let n = matrix.size
        for row in 9..<(n - 9) { for column in 9..<(n - 1) { dark[row * n + column].toggle() } }
        #expect(QRSegmentReader.decode(dark, n: n) == nil)
    }
}
