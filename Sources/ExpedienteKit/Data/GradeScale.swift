/// The ENARM call's rule for registered grades: base 100, one decimal (8.8 → 88.0; a
/// 5-point certificate converts by 20: 4.1 → 82.0).
public enum GradeScale {
    public enum Verdict: Sendable, Equatable {
        case ok
        /// Outside 0-100.
        case outOfRange
        /// Looks like a grade on a 10-point (or 5-point) scale: the value to register instead.
        case tenPoint(register: Double, fivePoint: Double?)
    }

    /// `declaredScale` is the certificate's scale when the applicant data says it (5 or 10).
    public static func judge(_ value: Double, declaredScale: Double? = nil) -> Verdict {
        guard value.isFinite, value >= 0, value <= 100 else { return .outOfRange }
        if let declaredScale, declaredScale != 100 {
            return value <= declaredScale ? .tenPoint(register: tenths(value * 100 / declaredScale), fivePoint: nil) : .ok
        }
        guard value > 0, value <= 10 else { return .ok }
        return .tenPoint(register: tenths(value * 10), fivePoint: value <= 5 ? tenths(value * 20) : nil)
    }

    /// Rounded to one decimal, as the form takes it (4.1 × 20 is 81.999… in binary).
    static func tenths(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }

    /// One decimal, as the registration form shows grades (88.0, 90.5).
    public static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let decimal = abs(Int(tenths)) % 10
        return "\(whole).\(decimal)"
    }
}
