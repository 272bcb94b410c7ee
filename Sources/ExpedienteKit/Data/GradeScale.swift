/// The ENARM call's rule for registered grades: base 100, one decimal (8.8 → 88.0; a
/// 5-point certificate converts by 20: 4.1 → 82.0).
public enum GradeScale {
    public enum Verdict: Sendable, Equatable {
        case ok
        /// Outside 0-100.
        case outOfRange
        /// On the scale the applicant declared (5 or 10): the value to register instead.
        case declared(scale: Double, register: Double)
        /// Over 5 and at most 10, no scale declared: a 10-point grade, and the value to register.
        case tenPoint(register: Double)
        /// 5 or less, no scale declared: a 5-point grade (× 20) or a 10-point one (× 10).
        case fiveOrTenPoint(fivePoint: Double, tenPoint: Double)
    }

    /// `declaredScale` is the certificate's scale when the applicant data says it (5 or 10).
    public static func judge(_ value: Double, declaredScale: Double? = nil) -> Verdict {
        guard value.isFinite, value >= 0, value <= 100 else { return .outOfRange }
        if let declaredScale, declaredScale != 100 {
            guard declaredScale.isFinite, declaredScale > 0, value <= declaredScale else { return .ok }
            return .declared(scale: declaredScale, register: tenths(value * 100 / declaredScale))
        }
        guard value > 0, value <= 10 else { return .ok }
        return value <= 5 ? .fiveOrTenPoint(fivePoint: tenths(value * 20), tenPoint: tenths(value * 10)) : .tenPoint(register: tenths(value * 10))
    }

    /// Rounded to one decimal, as the form takes it (4.1 × 20 is 81.999… in binary).
    static func tenths(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }

    /// One decimal, as the registration form shows grades (88.0, 90.5); `format` of a value
    /// that is not a grade (not finite, or beyond ±10¹²) is its plain description.
    public static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "\(value)" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// A scale as the calls name it: «5», «10», «7.5».
    public static func formatScale(_ scale: Double) -> String {
        guard scale.isFinite, abs(scale) < 1e12 else { return "\(scale)" }
        return scale == scale.rounded() ? String(Int(scale)) : "\(scale)"
    }
}
