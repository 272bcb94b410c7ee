/// Counts of levels (or any small integers), indexed by value.
enum Histogram {
    /// The smallest value with more than `fraction` of the counts at or below it.
    static func percentile(_ counts: [Int], _ fraction: Double) -> Int {
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        let target = Int(Double(total - 1) * fraction)
        var seen = 0
        for (value, count) in counts.enumerated() {
            seen += count
            if seen > target { return value }
        }
        return counts.count - 1
    }
}
