import Foundation

/// The Clave Única de Registro de Población: structure, state, sex, birth date and
/// RENAPO's check digit. Pure; every problem found is returned, in the order of the positions.
public struct CURP: Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// Not 18 characters of the shape AAAA999999XAAAAAA9 (reason in Spanish).
        case structure(String)
        case state(String)
        case sex(String)
        /// YYMMDD with the century from position 17 is not a calendar date, or is in the future.
        case date(String)
        case checkDigit(expected: Character, found: Character)
    }

    public let text: String

    /// The 32 states in RENAPO's two-letter codes, and NE (nacido en el extranjero).
    public static let stateCodes: [String: String] = [
        "AS": "Aguascalientes", "BC": "Baja California", "BS": "Baja California Sur", "CC": "Campeche",
        "CL": "Coahuila", "CM": "Colima", "CS": "Chiapas", "CH": "Chihuahua", "DF": "Ciudad de México",
        "DG": "Durango", "GT": "Guanajuato", "GR": "Guerrero", "HG": "Hidalgo", "JC": "Jalisco",
        "MC": "Estado de México", "MN": "Michoacán", "MS": "Morelos", "NT": "Nayarit", "NL": "Nuevo León",
        "OC": "Oaxaca", "PL": "Puebla", "QT": "Querétaro", "QR": "Quintana Roo", "SP": "San Luis Potosí",
        "SL": "Sinaloa", "SR": "Sonora", "TC": "Tabasco", "TS": "Tamaulipas", "TL": "Tlaxcala",
        "VZ": "Veracruz", "YN": "Yucatán", "ZS": "Zacatecas", "NE": "nacido en el extranjero",
    ]

    /// Words RENAPO never issues as the first four letters (it replaces the second letter with X).
    public static let inconvenientWords: Set<String> = [
        "BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COGI", "COJA",
        "COJE", "COJI", "COJO", "COLA", "CULO", "FALO", "FETO", "GETA", "GUEI", "GUEY", "JETA", "JOTO", "KACA",
        "KACO", "KAGA", "KAGO", "KAKA", "KAKO", "KOGE", "KOGI", "KOJA", "KOJE", "KOJI", "KOJO", "KOLA", "KULO",
        "LILO", "LOCA", "LOCO", "LOKA", "LOKO", "MAME", "MAMO", "MEAR", "MEAS", "MEON", "MIAR", "MION", "MOCO",
        "MOKO", "MULA", "MULO", "NACA", "NACO", "PEDA", "PEDO", "PENE", "PIPI", "PITO", "POPO", "PUTA", "PUTO",
        "QULO", "RATA", "ROBA", "ROBE", "ROBO", "RUIN", "SENO", "TETA", "VACA", "VAGA", "VAGO", "VAKA", "VUEI",
        "VUEY", "WUEI", "WUEY",
    ]

    /// RENAPO's table for the check digit: 0-9, A-N, Ñ, O-Z (values 0 to 36).
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ")

    public init(_ text: String) {
        self.text = text
    }

    /// Upper-cased, without spaces or hyphens: how applicants type it.
    public static func normalized(_ text: String) -> String {
        text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
    }

    /// The check digit RENAPO computes over the first 17 characters: weights 18 down to 2,
    /// digit = (10 - sum mod 10) mod 10. Nil when a character is outside the table.
    public static func checkDigit(of first17: some Collection<Character>) -> Character? {
        guard first17.count == 17 else { return nil }
        var sum = 0
        for (offset, character) in first17.enumerated() {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            sum += value * (18 - offset)
        }
        return Character(String((10 - sum % 10) % 10))
    }

    public var birthDate: DateComponents? {
        let c = Array(text)
        guard c.count == 18, let yy = Int(String(c[4...5])), let mm = Int(String(c[6...7])), let dd = Int(String(c[8...9])) else { return nil }
        // Position 17 is a digit for people born before 2000 and a letter from 2000 on.
        let year = (c[16].isNumber ? 1900 : 2000) + yy
        return DateComponents(year: year, month: mm, day: dd)
    }

    /// Every problem of the text as a CURP; empty when it is valid. `today` bounds the birth date.
    public func problems(today: Date = Date()) -> [Problem] {
        let c = Array(text)
        guard c.count == 18 else {
            return [.structure("tiene \(c.count) caracteres; una CURP tiene 18")]
        }
        let letter: (Character) -> Bool = { ("A"..."Z").contains($0) }
        let digit: (Character) -> Bool = { ("0"..."9").contains($0) }
        var problems: [Problem] = []
        if !c[0..<4].allSatisfy(letter) {
            problems.append(.structure("los caracteres 1 a 4 deben ser letras (iniciales del nombre)"))
        } else if Self.inconvenientWords.contains(String(c[0..<4])) {
            problems.append(.structure("«\(String(c[0..<4]))» es una palabra que RENAPO nunca asigna (la sustituye con X)"))
        }
        if !c[4..<10].allSatisfy(digit) {
            problems.append(.structure("los caracteres 5 a 10 deben ser dígitos (fecha de nacimiento AAMMDD)"))
        }
        if !c[13..<16].allSatisfy(letter) {
            problems.append(.structure("los caracteres 14 a 16 deben ser letras (consonantes internas del nombre)"))
        }
        if !(letter(c[16]) || digit(c[16])) {
            problems.append(.structure("el carácter 17 debe ser una letra o un dígito (homoclave)"))
        }
        if !digit(c[17]) {
            problems.append(.structure("el carácter 18 debe ser un dígito (dígito verificador)"))
        }
        if !"HMX".contains(c[10]) {
            problems.append(.sex("el carácter 11 es «\(c[10])»; debe ser H, M o X"))
        }
        let state = String(c[11...12])
        if Self.stateCodes[state] == nil {
            problems.append(.state("«\(state)» no es una clave de entidad de RENAPO (AS, BC, … ZS, o NE para nacidos en el extranjero)"))
        }
        if c[4..<10].allSatisfy(digit), letter(c[16]) || digit(c[16]) {
            problems += dateProblems(today: today)
        }
        if let expected = Self.checkDigit(of: c[0..<17]), expected != c[17], digit(c[17]) {
            problems.append(.checkDigit(expected: expected, found: c[17]))
        }
        return problems
    }

    private func dateProblems(today: Date) -> [Problem] {
        guard let parts = birthDate, let year = parts.year, let month = parts.month, let day = parts.day else { return [] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let shown = String(format: "%04d-%02d-%02d", year, month, day)
        guard let date = calendar.date(from: parts),
              calendar.component(.month, from: date) == month, calendar.component(.day, from: date) == day
        else {
            return [.date("\(shown) no es una fecha válida")]
        }
        if date > today { return [.date("la fecha de nacimiento \(shown) es posterior a hoy")] }
        return []
    }
}
