import Foundation

/// Numbers in quality messages: two decimals for ratios, whole levels for 0-255 values.
enum QualityFormat {
    static func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
    static func level(_ value: Double) -> String { String(Int(value.rounded())) }
    static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        return value < 1 ? String(format: "%.2f %%", value) : String(format: "%.0f %%", value)
    }
}
