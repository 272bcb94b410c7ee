import ExpedienteKit
import Testing

@Suite struct GradeAndEditionTests {
    /// The ENARM call's own examples (A.2.1): 8.8 → 88.0, 9.05 → 90.5, 4.1 on a 5-point scale → 82.0.
    @Test func theCallsExamples() {
        #expect(GradeScale.judge(8.8) == .tenPoint(register: 88, fivePoint: nil))
        #expect(GradeScale.format(9.05 * 10) == "90.5")
        #expect(GradeScale.judge(4.1, declaredScale: 5) == .tenPoint(register: 82, fivePoint: nil))
        if case .tenPoint(_, let five?) = GradeScale.judge(4.1) {
            #expect(GradeScale.format(five) == "82.0")
        } else {
            Issue.record("4.1 must suggest the 5-point conversion")
        }
        #expect(GradeScale.judge(88.0) == .ok)
        #expect(GradeScale.judge(100) == .ok)
        #expect(GradeScale.judge(880) == .outOfRange)
        #expect(GradeScale.judge(-1) == .outOfRange)
        #expect(GradeScale.judge(.nan) == .outOfRange)
    }

    @Test func romanNumerals() {
        #expect(RomanNumeral.value(of: "XLVIII") == 48)
        #expect(RomanNumeral.value(of: "xlv") == 45)
        #expect(RomanNumeral.value(of: "48") == 48)
        #expect(RomanNumeral.value(of: "XLVX") == nil)
        #expect(RomanNumeral.value(of: "IIII") == nil)
        #expect(RomanNumeral.value(of: "") == nil)
        #expect(RomanNumeral.numeral(44) == "XLIV")
        for n in 1...60 { #expect(RomanNumeral.value(of: RomanNumeral.numeral(n)) == n) }
    }
}
