/// Reed-Solomon error correction of one QR block over GF(256) (primitive polynomial 0x11D,
/// generator roots α^0 … α^(n−1)): syndromes, Berlekamp-Massey, Chien search and Forney.
enum QRReedSolomon {
    private static let tables: (exp: [UInt8], log: [Int]) = {
        var exp = [UInt8](repeating: 0, count: 512), log = [Int](repeating: 0, count: 256)
        var x = 1
        for i in 0..<255 {
            exp[i] = UInt8(x)
            log[x] = i
            x <<= 1
            if x & 0x100 != 0 { x ^= 0x11D }
        }
        for i in 255..<512 { exp[i] = exp[i - 255] }
        return (exp, log)
    }()

    private static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        a == 0 || b == 0 ? 0 : tables.exp[tables.log[Int(a)] + tables.log[Int(b)]]
    }

    private static func divide(_ a: UInt8, _ b: UInt8) -> UInt8 {
        a == 0 ? 0 : tables.exp[tables.log[Int(a)] + 255 - tables.log[Int(b)]]
    }

    /// α^power for any integer power.
    private static func power(_ power: Int) -> UInt8 {
        tables.exp[((power % 255) + 255) % 255]
    }

    /// Polynomial (lowest degree first) at `x`.
    private static func evaluate(_ poly: [UInt8], at x: UInt8) -> UInt8 {
        poly.reversed().reduce(0) { multiply($0, x) ^ $1 }
    }

    /// Corrects `block` (data then `ecCount` check codewords, first byte the highest power) in
    /// place; false when it has more errors than the code can correct.
    static func correct(_ block: inout [UInt8], ecCount: Int) -> Bool {
        let n = block.count
        guard ecCount > 0, n > ecCount, n <= 255 else { return false }
        let syndromes = (0..<ecCount).map { j in block.reduce(UInt8(0)) { multiply($0, power(j)) ^ $1 } }
        if syndromes.allSatisfy({ $0 == 0 }) { return true }

        // Berlekamp-Massey: the error locator Λ (lowest degree first).
        var locator: [UInt8] = [1], previous: [UInt8] = [1]
        var length = 0, shift = 1
        var lastDiscrepancy: UInt8 = 1
        for k in 0..<ecCount {
            var discrepancy = syndromes[k]
            if length > 0 {
                for i in 1...length where i < locator.count { discrepancy ^= multiply(locator[i], syndromes[k - i]) }
            }
            if discrepancy == 0 { shift += 1; continue }
            let factor = divide(discrepancy, lastDiscrepancy)
            var updated = locator
            if updated.count < previous.count + shift { updated += [UInt8](repeating: 0, count: previous.count + shift - updated.count) }
            for (i, coefficient) in previous.enumerated() { updated[i + shift] ^= multiply(factor, coefficient) }
            if 2 * length <= k {
                previous = locator
                length = k + 1 - length
                lastDiscrepancy = discrepancy
                shift = 1
            } else {
                shift += 1
            }
            locator = updated
        }
        while locator.count > 1, locator.last == 0 { locator.removeLast() }
        let degree = locator.count - 1
        guard degree == length, 2 * degree <= ecCount else { return false }

        // Ω = S·Λ mod x^ecCount; Λ' keeps the odd terms.
        var omega = [UInt8](repeating: 0, count: ecCount)
        for (i, s) in syndromes.enumerated() {
            for (j, l) in locator.enumerated() where i + j < ecCount { omega[i + j] ^= multiply(s, l) }
        }
        var derivative = [UInt8](repeating: 0, count: max(1, degree))
        for i in stride(from: 1, through: degree, by: 2) { derivative[i - 1] = locator[i] }

        var found = 0
        for index in 0..<n {
            // Byte `index` holds the coefficient of x^(n−1−index): its locator is X = α^(n−1−index).
            let x = power(n - 1 - index), xInverse = power(-(n - 1 - index))
            guard evaluate(locator, at: xInverse) == 0 else { continue }
            let denominator = evaluate(derivative, at: xInverse)
            guard denominator != 0 else { return false }
            block[index] ^= multiply(x, divide(evaluate(omega, at: xInverse), denominator))
            found += 1
        }
        guard found == degree else { return false }
        return (0..<ecCount).allSatisfy { j in block.reduce(UInt8(0)) { multiply($0, power(j)) ^ $1 } == 0 }
    }
}
