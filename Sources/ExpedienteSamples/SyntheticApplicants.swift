import ExpedienteKit

/// Fictitious applicants drawn from a seed: Mexican given names and surnames from small lists,
/// a birth date, a state, and every identifier built the way its issuer builds it (the CURP with
/// RENAPO's rules and check digit, the INE's clave de elector). All data are invented.
enum SyntheticApplicants {
    struct State {
        let name: String
        /// Two-letter RENAPO code used in the CURP.
        let curpCode: String
        /// INEGI two-digit code used in the clave de elector and the birth certificate.
        let inegi: String
        /// City abbreviation printed at the end of an address.
        let city: String
    }

    static let states: [State] = [
        State(name: "AGUASCALIENTES", curpCode: "AS", inegi: "01", city: "AGS."),
        State(name: "BAJA CALIFORNIA", curpCode: "BC", inegi: "02", city: "MEXICALI B.C."),
        State(name: "BAJA CALIFORNIA SUR", curpCode: "BS", inegi: "03", city: "LA PAZ B.C.S."),
        State(name: "CAMPECHE", curpCode: "CC", inegi: "04", city: "CAMP."),
        State(name: "COAHUILA", curpCode: "CL", inegi: "05", city: "SALTILLO COAH."),
        State(name: "COLIMA", curpCode: "CM", inegi: "06", city: "COL."),
        State(name: "CHIAPAS", curpCode: "CS", inegi: "07", city: "TUXTLA GTZ. CHIS."),
        State(name: "CHIHUAHUA", curpCode: "CH", inegi: "08", city: "CHIH."),
        State(name: "CIUDAD DE M\u{C9}XICO", curpCode: "DF", inegi: "09", city: "CDMX"),
        State(name: "DURANGO", curpCode: "DG", inegi: "10", city: "DGO."),
        State(name: "GUANAJUATO", curpCode: "GT", inegi: "11", city: "LE\u{D3}N GTO."),
        State(name: "GUERRERO", curpCode: "GR", inegi: "12", city: "CHILPANCINGO GRO."),
        State(name: "HIDALGO", curpCode: "HG", inegi: "13", city: "PACHUCA HGO."),
        State(name: "JALISCO", curpCode: "JC", inegi: "14", city: "GUADALAJARA JAL."),
        State(name: "M\u{C9}XICO", curpCode: "MC", inegi: "15", city: "TOLUCA MEX."),
        State(name: "MICHOAC\u{C1}N", curpCode: "MN", inegi: "16", city: "MORELIA MICH."),
        State(name: "MORELOS", curpCode: "MS", inegi: "17", city: "CUERNAVACA MOR."),
        State(name: "NAYARIT", curpCode: "NT", inegi: "18", city: "TEPIC NAY."),
        State(name: "NUEVO LE\u{D3}N", curpCode: "NL", inegi: "19", city: "MONTERREY N.L."),
        State(name: "OAXACA", curpCode: "OC", inegi: "20", city: "OAX."),
        State(name: "PUEBLA", curpCode: "PL", inegi: "21", city: "PUE."),
        State(name: "QUER\u{C9}TARO", curpCode: "QT", inegi: "22", city: "QRO."),
        State(name: "QUINTANA ROO", curpCode: "QR", inegi: "23", city: "CANC\u{DA}N Q.ROO"),
        State(name: "SAN LUIS POTOS\u{CD}", curpCode: "SP", inegi: "24", city: "S.L.P."),
        State(name: "SINALOA", curpCode: "SL", inegi: "25", city: "CULIAC\u{C1}N SIN."),
        State(name: "SONORA", curpCode: "SR", inegi: "26", city: "HERMOSILLO SON."),
        State(name: "TABASCO", curpCode: "TC", inegi: "27", city: "VILLAHERMOSA TAB."),
        State(name: "TAMAULIPAS", curpCode: "TS", inegi: "28", city: "CD. VICTORIA TAMPS."),
        State(name: "TLAXCALA", curpCode: "TL", inegi: "29", city: "TLAX."),
        State(name: "VERACRUZ", curpCode: "VZ", inegi: "30", city: "XALAPA VER."),
        State(name: "YUCAT\u{C1}N", curpCode: "YN", inegi: "31", city: "M\u{C9}RIDA YUC."),
        State(name: "ZACATECAS", curpCode: "ZS", inegi: "32", city: "ZAC."),
    ]

    static let womenNames = [
        "MAR\u{CD}A FERNANDA", "ANA SOF\u{CD}A", "DANIELA", "VALERIA", "XIMENA", "GUADALUPE", "ANDREA", "MARIANA",
        "PAOLA", "JIMENA", "ITZEL", "LUC\u{CD}A", "CAMILA", "KARLA", "ALEJANDRA", "MAR\u{CD}A JOS\u{C9}", "ESTEFAN\u{CD}A",
        "GABRIELA", "MONSERRAT", "REGINA", "ANA KAREN", "DIANA LAURA", "BRENDA", "NATALIA",
    ]
    static let menNames = [
        "JOS\u{C9} LUIS", "JUAN CARLOS", "LUIS \u{C1}NGEL", "DIEGO", "CARLOS", "JORGE", "MIGUEL \u{C1}NGEL", "EDUARDO",
        "RICARDO", "ALEJANDRO", "EMILIANO", "SANTIAGO", "RODRIGO", "JES\u{DA}S", "FRANCISCO", "ARTURO", "\u{D3}SCAR",
        "H\u{C9}CTOR", "IV\u{C1}N", "JOS\u{C9} MANUEL", "ALAN", "URIEL", "ERICK", "MAURICIO",
    ]
    static let surnames = [
        "HERN\u{C1}NDEZ", "GARC\u{CD}A", "MART\u{CD}NEZ", "L\u{D3}PEZ", "GONZ\u{C1}LEZ", "RODR\u{CD}GUEZ", "P\u{C9}REZ",
        "S\u{C1}NCHEZ", "RAM\u{CD}REZ", "CRUZ", "FLORES", "G\u{D3}MEZ", "MORALES", "V\u{C1}ZQUEZ", "REYES",
        "JIM\u{C9}NEZ", "TORRES", "D\u{CD}AZ", "GUTI\u{C9}RREZ", "RUIZ", "MENDOZA", "AGUILAR", "ORTIZ", "MORENO",
        "CASTILLO", "ROMERO", "\u{C1}LVAREZ", "M\u{C9}NDEZ", "CH\u{C1}VEZ", "RIVERA", "JU\u{C1}REZ", "RAMOS",
        "DOM\u{CD}NGUEZ", "HERRERA", "MEDINA", "CASTRO", "VARGAS", "GUZM\u{C1}N", "VEL\u{C1}ZQUEZ", "MU\u{D1}OZ",
        "ROJAS", "N\u{DA}\u{D1}EZ", "IBARRA", "ORTEGA", "SALAZAR", "CERVANTES", "ESPINOZA", "CAMACHO",
    ]
    static let universities: [(name: String, carrera: String)] = [
        ("UNIVERSIDAD NACIONAL AUT\u{D3}NOMA DE M\u{C9}XICO", "M\u{C9}DICO CIRUJANO"),
        ("INSTITUTO POLIT\u{C9}CNICO NACIONAL", "M\u{C9}DICO CIRUJANO Y PARTERO"),
        ("UNIVERSIDAD DE GUADALAJARA", "M\u{C9}DICO CIRUJANO Y PARTERO"),
        ("UNIVERSIDAD AUT\u{D3}NOMA DE NUEVO LE\u{D3}N", "M\u{C9}DICO CIRUJANO Y PARTERO"),
        ("BENEM\u{C9}RITA UNIVERSIDAD AUT\u{D3}NOMA DE PUEBLA", "M\u{C9}DICO CIRUJANO"),
        ("UNIVERSIDAD VERACRUZANA", "M\u{C9}DICO CIRUJANO"),
        ("UNIVERSIDAD AUT\u{D3}NOMA DE YUCAT\u{C1}N", "M\u{C9}DICO CIRUJANO"),
        ("UNIVERSIDAD AUT\u{D3}NOMA DE SAN LUIS POTOS\u{CD}", "M\u{C9}DICO CIRUJANO"),
        ("UNIVERSIDAD AUT\u{D3}NOMA DEL ESTADO DE M\u{C9}XICO", "M\u{C9}DICO CIRUJANO"),
        ("UNIVERSIDAD MICHOACANA DE SAN NICOL\u{C1}S DE HIDALGO", "M\u{C9}DICO CIRUJANO Y PARTERO"),
    ]
    static let specialties = [
        "MEDICINA INTERNA", "PEDIATR\u{CD}A", "GINECOLOG\u{CD}A Y OBSTETRICIA", "CIRUG\u{CD}A GENERAL",
        "ANESTESIOLOG\u{CD}A", "MEDICINA FAMILIAR", "MEDICINA DE URGENCIAS", "IMAGENOLOG\u{CD}A DIAGN\u{D3}STICA",
        "TRAUMATOLOG\u{CD}A Y ORTOPEDIA", "PSIQUIATR\u{CD}A", "OFTALMOLOG\u{CD}A", "DERMATOLOG\u{CD}A",
    ]
    static let streets = [
        "AV. REFORMA", "CALLE HIDALGO", "AV. JU\u{C1}REZ", "CALLE MORELOS", "AV. REVOLUCI\u{D3}N", "CALLE ZARAGOZA",
        "AV. UNIVERSIDAD", "CALLE ALLENDE", "AV. INDEPENDENCIA", "CALLE GUERRERO", "AV. L\u{C1}ZARO C\u{C1}RDENAS",
    ]
    static let neighbourhoods = [
        "CENTRO", "DEL CARMEN", "LAS FLORES", "SAN JOS\u{C9}", "LA PAZ", "JARDINES", "SANTA MAR\u{CD}A", "EL ROSARIO",
        "MODERNA", "LINDAVISTA", "INDUSTRIAL", "LOS PINOS",
    ]

    /// One applicant, every value drawn from `rng`; `folio` is the IMSS registration folio.
    static func make(folio: String, using rng: inout SplitMix64) -> SampleApplicant {
        let woman = rng.int(in: 0...1) == 0
        let nombres = pick(woman ? womenNames : menNames, &rng)
        let primer = pick(surnames, &rng)
        var segundo = pick(surnames, &rng)
        while segundo == primer { segundo = pick(surnames, &rng) }
        let state = pick(states, &rng)
        let year = rng.int(in: 1993...2001)
        let month = rng.int(in: 1...12)
        let day = rng.int(in: 1...daysIn(month: month, year: year))
        let yymmdd = pad(year % 100, 2) + pad(month, 2) + pad(day, 2)
        let sex = woman ? "M" : "H"
        let homoclave = year < 2000 ? String(rng.int(in: 0...9)) : String(Array("ABCDEFGHIJ")[rng.int(in: 0...9)])
        let stem = curpStem(primerApellido: primer, segundoApellido: segundo, nombres: nombres, yymmdd: yymmdd,
                            sexo: sex, entidad: state.curpCode, homoclave: homoclave)
        let curp = stem + String(SampleApplicant.curpCheckDigit(stem)!)
        let elector = electorKey(primerApellido: primer, segundoApellido: segundo, nombres: nombres)
            + yymmdd + state.inegi + sex + pad(rng.int(in: 100...999), 3)
        let university = pick(universities, &rng)
        let graduation = year + rng.int(in: 23...25)
        let registered = (month + rng.int(in: 1...3) - 1)
        let registration = pad(rng.int(in: 1...28), 2) + "/" + pad(registered % 12 + 1, 2) + "/" + String(year + registered / 12)
        let fatherName = pick(menNames, &rng), motherName = pick(womenNames, &rng)
        let address = "\(pick(streets, &rng)) \(rng.int(in: 1...2999)) COL. \(pick(neighbourhoods, &rng)) "
            + "\(pad(rng.int(in: 1000...99999), 5)) \(state.city)"
        return SampleApplicant(
            nombres: nombres, primerApellido: primer, segundoApellido: segundo,
            fechaNacimiento: "\(year)-\(pad(month, 2))-\(pad(day, 2))", sexo: woman ? "MUJER" : "HOMBRE",
            entidadNacimiento: state.name, curp: curp, claveElector: elector,
            cedula: String(rng.int(in: 10_000_000...14_999_999)), folio: folio,
            folioENARM: "XLVIII-" + pad(rng.int(in: 1...9_999_999), 7),
            puntajeENARM: "\(rng.int(in: 55...92)).\(pad(rng.int(in: 0...9999), 4))",
            promedio: "\(rng.int(in: 8...9)).\(pad(rng.int(in: 0...99), 2))",
            universidad: university.name, carrera: university.carrera,
            folioTitulo: "T-\(graduation)-" + pad(rng.int(in: 1...9_999_999), 7),
            domicilio: address,
            progenitor: "\(fatherName) \(primer) \(pick(surnames, &rng))",
            progenitora: "\(motherName) \(segundo) \(pick(surnames, &rng))",
            identificadorActa: state.inegi + pad(rng.int(in: 1...120), 3) + yymmdd + pad(rng.int(in: 1...999_999), 6),
            fechaInscripcionCURP: registration,
            folioRegistroCURP: state.inegi + "-" + pad(rng.int(in: 1...9_999_999), 7) + "/" + pad(year % 100, 2),
            numeroCuenta: String(rng.int(in: 300_000_000...319_999_999)),
            especialidad: pick(specialties, &rng)
        )
    }

    // MARK: CURP (RENAPO's instructivo normativo)

    /// The first 17 characters of a CURP: initial and first inner vowel of the first surname,
    /// initial of the second surname and of the given name (the second one when the first is
    /// MARÍA or JOSÉ), birth date YYMMDD, sex H/M, state code, first inner consonant of each
    /// name, homoclave. Ñ is written X; an offensive four-letter word gets X as its second letter.
    static func curpStem(primerApellido: String, segundoApellido: String, nombres: String, yymmdd: String,
                         sexo: String, entidad: String, homoclave: String) -> String {
        let first = plain(primerApellido), second = plain(segundoApellido)
        let given = curpGivenName(nombres)
        var word = [initial(first), firstInnerVowel(first), initial(second), initial(given)]
        if offensiveWords.contains(String(word)) { word[1] = "X" }
        return String(word) + yymmdd + sexo + entidad
            + String([firstInnerConsonant(first), firstInnerConsonant(second), firstInnerConsonant(given)]) + homoclave
    }

    /// INE clave de elector letters: initial and first inner consonant of each surname and of the first given name.
    static func electorKey(primerApellido: String, segundoApellido: String, nombres: String) -> String {
        [primerApellido, segundoApellido, String(nombres.split(separator: " ").first ?? "")].map { name -> String in
            let letters = plain(name)
            return String([initial(letters), firstInnerConsonant(letters)])
        }.joined()
    }

    static func curpGivenName(_ nombres: String) -> [Character] {
        let names = nombres.split(separator: " ").map { plain(String($0)) }
        let skipped: Set<String> = ["MARIA", "MA.", "MA", "JOSE", "J.", "J"]
        if names.count > 1, skipped.contains(String(names[0])) { return names[1] }
        return names.first ?? []
    }

    /// Capital letters without accents; Ñ stays (it becomes X where the CURP takes it).
    static func plain(_ text: String) -> [Character] {
        text.uppercased().compactMap { character -> Character? in
            switch character {
            case "\u{C1}": "A"
            case "\u{C9}": "E"
            case "\u{CD}": "I"
            case "\u{D3}": "O"
            case "\u{DA}", "\u{DC}": "U"
            case "\u{D1}": "\u{D1}"
            default: character.isLetter || character == "." ? character : nil
            }
        }
    }

    private static func initial(_ letters: [Character]) -> Character {
        guard let first = letters.first, first != "\u{D1}" else { return "X" }
        return first
    }

    private static func firstInnerVowel(_ letters: [Character]) -> Character {
        letters.dropFirst().first(where: { "AEIOU".contains($0) }) ?? "X"
    }

    private static func firstInnerConsonant(_ letters: [Character]) -> Character {
        guard let consonant = letters.dropFirst().first(where: { $0.isLetter && !"AEIOU".contains($0) }) else { return "X" }
        return consonant == "\u{D1}" ? "X" : consonant
    }

    /// RENAPO's list of inconvenient words, as the validator knows it.
    static var offensiveWords: Set<String> { CURP.inconvenientWords }

    // MARK: Helpers

    static func pick<T>(_ values: [T], _ rng: inout SplitMix64) -> T { values[rng.int(in: 0...(values.count - 1))] }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
