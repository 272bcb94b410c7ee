@testable import ExpedienteKit
import Testing

@Suite struct GradeAndEditionTests {
    /// The ENARM call's own examples (A.2.1): 8.8 → 88.0, 9.05 → 90.5, 4.1 on a 5-point scale → 82.0.
    @Test func theCallsExamples() {
        #expect(GradeScale.judge(8.8) == .tenPoint(register: 88))
        #expect(GradeScale.format(9.05 * 10) == "90.5")
        #expect(GradeScale.judge(4.1, declaredScale: 5) == .declared(scale: 5, register: 82))
        #expect(GradeScale.judge(4.1) == .fiveOrTenPoint(fivePoint: 82, tenPoint: 41))
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

/// Issue 15.6: the message names the scale given and, for an undeclared value of 5 or less,
/// gives both readings, the 5-point one first.
@Suite struct GradeWordingTests {
    static func message(_ yaml: String) throws -> (String, String?) {
        guard case .success(let registro) = RegistroLoader.decode(text: "calificaciones:\n  internado: \(yaml)\n", display: "REGISTRO.yaml") else {
            throw CancellationError()
        }
        let data = try DataStageTests.context("enarm-xlviii-2025-2026", registro: registro)
        let finding = try #require(DataGradeScaleCheck().run(on: data).first?.finding)
        let rule = data.convocatoria.rule(for: .dataGradeScale, kind: nil)
        return (MessageTemplate.render(rule.message ?? "", finding.values), rule.hint.map { MessageTemplate.render($0, finding.values) })
    }

    @Test func aDeclaredScaleIsNamed() throws {
        let (message, hint) = try Self.message("{valor: 4.7, escala: 5}")
        #expect(message.hasSuffix("(internado): registró 4.7 en escala de 5; en base 100 es 94.0."))
        #expect(hint?.hasPrefix("Registre 94.0") == true)
        #expect(!message.contains("escala de 10"))
    }

    @Test func anUndeclaredValueOfFiveOrLessGetsBothReadingsFivePointFirst() throws {
        let (message, hint) = try Self.message("4.1")
        #expect(message.contains("escala de 5 o de 10"))
        let five = try #require(message.range(of: "82.0"))
        let ten = try #require(message.range(of: "41.0"))
        #expect(five.lowerBound < ten.lowerBound)
        #expect(hint?.hasPrefix("Registre 82.0") == true)
    }

    @Test func anUndeclaredValueOverFiveIsATenPointGrade() throws {
        let (message, _) = try Self.message("8.8")
        #expect(message.hasSuffix("(internado): registró 8.8, que parece una calificación en escala de 10; en base 100 es 88.0."))
    }
}
