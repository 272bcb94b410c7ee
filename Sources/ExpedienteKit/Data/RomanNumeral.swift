/// ENARM editions are numbered in Roman numerals (XLV, XLVIII).
public enum RomanNumeral {
    private static let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]

    /// The value of a canonical Roman numeral (or of plain digits), nil for anything else.
    public static func value(of text: String) -> Int? {
        let upper = text.uppercased().trimmingCharacters(in: .whitespaces)
        if let number = Int(upper), number > 0 { return number }
        guard !upper.isEmpty, upper.count <= 15 else { return nil }
        var total = 0
        let digits = upper.compactMap { values[$0] }
        guard digits.count == upper.count else { return nil }
        for (i, value) in digits.enumerated() {
            total += i + 1 < digits.count && value < digits[i + 1] ? -value : value
        }
        // Only the canonical spelling counts ("IIII" or "IL" are not editions).
        return total > 0 && numeral(total) == upper ? total : nil
    }

    public static func numeral(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, symbol) in table {
            while rest >= amount {
                result += symbol
                rest -= amount
            }
        }
        return result
    }
}
