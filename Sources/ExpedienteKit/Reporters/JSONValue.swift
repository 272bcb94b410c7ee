/// A JSON value whose objects keep their key order, so reports are byte-stable
/// (golden files) and read in the contract's order.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Int)
    /// A non-integer number written with `places` decimals (one by default), so reports stay
    /// byte-stable; non-finite values are written as null.
    case decimal(Double, places: Int = 1)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// Compact when `indent` is nil, else pretty-printed with that many spaces.
    public func serialized(indent: Int? = nil) -> String {
        var out = ""
        write(to: &out, indent: indent, level: 0)
        return out
    }

    private func write(to out: inout String, indent: Int?, level: Int) {
        let newline = indent.map { "\n" + String(repeating: " ", count: $0 * (level + 1)) } ?? ""
        let closing = indent.map { "\n" + String(repeating: " ", count: $0 * level) } ?? ""
        switch self {
        case .string(let s): Self.escape(s, into: &out)
        case .number(let n): out += String(n)
        case .decimal(let d, let places):
            let digits = min(max(places, 0), 6)
            var scale = 1
            for _ in 0..<digits { scale *= 10 }
            guard d.isFinite, abs(d) < 1e15 / Double(scale) else { out += "null"; return }
            let scaled = Int((d * Double(scale)).rounded())
            out += (scaled < 0 ? "-" : "") + String(abs(scaled) / scale)
            if digits > 0 {
                let fraction = String(abs(scaled) % scale)
                out += "." + String(repeating: "0", count: digits - fraction.count) + fraction
            }
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                out += (i == 0 ? "" : ",") + newline
                item.write(to: &out, indent: indent, level: level + 1)
            }
            out += closing + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                out += (i == 0 ? "" : ",") + newline
                Self.escape(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, indent: indent, level: level + 1)
            }
            out += closing + "}"
        }
    }

    /// RFC 8259 escaping; everything else (accents, ñ) stays as UTF-8, losslessly.
    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value):
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
