import ExpedienteKit
import Foundation
import Testing

/// The CURP validator against an outside list: python-stdnum's doctests for `stdnum.mx.curp`
/// (https://github.com/arthurdejong/python-stdnum, tests/test_mx_curp.doctest, LGPL-2.1),
/// "found from various sources … hypothetical examples", and their invalid corner cases.
@Suite struct CURPTests {
    /// The doctest's list of valid numbers ("These have been found online and should all be
    /// valid numbers"), minus TOMA880125HMNRRNO2, whose letter O in position 17 means born in
    /// 2088: its check digit is right (O and 0 weigh the same at position 17), but its date is in
    /// the future, which this tool rejects (see `futureBirthDateIsRejected`).
    static let stdnumValid = [
        "AAAA000101HDFCCC09", "AAMG890608HDFLJL00", "BAAA890317HDFRLL03", "BAAD890419HMNRRV07",
        "BEML920313HMCLNS09", "HEGG560427MVZRRL04", "HEGR891009HMNRRD09", "MARR890512HMNRMN09",
        "MESJ890928HMNZNS00", "OOMG890727HMNRSR06", "PEGL890909MJCRMS08", "TOMA880125HMNRRN02",
        "VIAA900930MMNCLL08",
    ]

    @Test(arguments: stdnumValid)
    func validCURPsPass(curp: String) {
        #expect(CURP(curp).problems() == [])
    }

    /// The doctest's invalid cases, each with the problem stdnum names.
    @Test func stdnumInvalidCasesFail() {
        #expect(CURP("1230").problems() == [.structure("tiene 4 caracteres; una CURP tiene 18")])
        #expect(CURP("123ZZZZZZZZZZZZZ90").problems().contains { if case .structure = $0 { true } else { false } })
        #expect(CURP("BACA890909MJCRMS05").problems().contains { if case .structure(let r) = $0 { r.contains("BACA") } else { false } })
        #expect(CURP("PEGL891313MJCRMS06").problems().contains { if case .date = $0 { true } else { false } })
        #expect(CURP("PEGL890909QJCRMS08").problems().contains { if case .sex = $0 { true } else { false } })
        #expect(CURP("PEGL890909MQQRMS02").problems().contains { if case .state = $0 { true } else { false } })
        #expect(CURP("PEGL890909MJCRMS09").problems() == [.checkDigit(expected: "8", found: "9")])
    }

    /// Every wrong last digit of every valid CURP is caught, and only the right one passes.
    @Test(arguments: stdnumValid)
    func everyWrongCheckDigitIsRejected(curp: String) {
        let stem = String(curp.prefix(17))
        for digit in "0123456789" {
            let problems = CURP(stem + String(digit)).problems()
            if String(digit) == String(curp.last!) {
                #expect(problems.isEmpty)
            } else {
                #expect(problems == [.checkDigit(expected: curp.last!, found: digit)])
            }
        }
    }

    @Test func checkDigitFollowsRENAPOsTable() {
        // Ñ sits between N and O: weights 18..2 over 0-9, A-N, Ñ, O-Z.
        #expect(CURP.checkDigit(of: Array("PEGL890909MJCRMS0")) == "8")
        #expect(CURP.checkDigit(of: Array("SHORT")) == nil)
        #expect(CURP.checkDigit(of: Array("PEGL890909MJCRMS*")) == nil)
    }

    @Test func bornAbroadAndNonBinaryAndThe2000sAreValid() {
        let abroad = "PEGL890909MNERMS0"
        #expect(CURP(abroad + String(CURP.checkDigit(of: Array(abroad))!)).problems() == [])
        let nonBinary = "PEGL890909XJCRMS0"
        #expect(CURP(nonBinary + String(CURP.checkDigit(of: Array(nonBinary))!)).problems() == [])
        let born2001 = "PEGL010909MJCRMSA"
        #expect(CURP(born2001 + String(CURP.checkDigit(of: Array(born2001))!)).problems() == [])
    }

    @Test func futureBirthDateIsRejected() {
        #expect(CURP("TOMA880125HMNRRNO2").problems().contains { if case .date(let r) = $0 { r.contains("2088-01-25") } else { false } })
    }

    @Test func impossibleDatesAreRejected() {
        for stem in ["PEGL890230MJCRMS0", "PEGL890431MJCRMS0", "PEGL890229MJCRMS0", "PEGL890009MJCRMS0"] {
            let curp = stem + String(CURP.checkDigit(of: Array(stem))!)
            #expect(CURP(curp).problems().contains { if case .date = $0 { true } else { false } }, "\(curp)")
        }
        let leap = "PEGL920229MJCRMS0"
        #expect(CURP(leap + String(CURP.checkDigit(of: Array(leap))!)).problems() == [])
    }

    @Test func normalizationRemovesSpacesAndCase() {
        #expect(CURP.normalized(" pegl-890909 mjcrms08 ") == "PEGL890909MJCRMS08")
    }
}
