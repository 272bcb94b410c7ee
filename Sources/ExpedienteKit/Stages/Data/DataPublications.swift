import Foundation

/// What the publication checks share (CER call 3.1 10 and section 7): the call's publication
/// documents and the identifiers a declared publication gives.
enum DataPublications {
    /// The call's documents for publications (PUBLICACION1 … PUBLICACION10), named for messages.
    static func documentNames(_ data: DataContext) -> String {
        let names = data.convocatoria.kinds.map(\.kind).filter { $0.hasPrefix("PUBLICACION") }
        switch names.count {
        case 0: return "ninguno"
        case 1, 2: return names.joined(separator: " y ")
        default: return "\(names[0]) a \(names[names.count - 1])"
        }
    }

    /// A DOI without its resolver or `doi:` prefix; nil when the text is not a DOI
    /// (`10.` + a registrant code of 4 to 9 digits, optionally subdivided, `/` + a suffix).
    static func doi(_ text: String) -> String? {
        var doi = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where doi.lowercased().hasPrefix(prefix) {
            doi = String(doi.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        guard doi.hasPrefix("10."), let slash = doi.firstIndex(of: "/") else { return nil }
        let registrant = doi[doi.index(doi.startIndex, offsetBy: 3)..<slash].split(separator: ".", omittingEmptySubsequences: false)
        let suffix = doi[doi.index(after: slash)...]
        guard let code = registrant.first, (4...9).contains(code.count),
              registrant.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !suffix.isEmpty, !suffix.contains(where: \.isWhitespace) else { return nil }
        return doi
    }

    /// The same DOI however it is written (DOIs are case-insensitive).
    static func doiKey(_ text: String) -> String? {
        doi(text)?.uppercased()
    }

    /// Why an ISSN is not valid; nil when it is (NNNN-NNNC, C the ISO 3297 mod-11 check
    /// digit, X for 10).
    static func issnProblem(_ text: String) -> String? {
        var issn = text.trimmingCharacters(in: .whitespaces).uppercased()
        if issn.hasPrefix("ISSN") { issn = String(issn.dropFirst(4)).trimmingCharacters(in: .whitespaces) }
        let characters = Array(issn.filter { $0 != "-" && $0 != " " })
        guard characters.count == 8, characters.prefix(7).allSatisfy({ $0.isASCII && $0.isNumber }),
              let last = characters.last, last == "X" || (last.isASCII && last.isNumber) else {
            return "un ISSN tiene 8 caracteres, NNNN-NNNN, y solo el último puede ser X"
        }
        let sum = characters.prefix(7).enumerated().reduce(0) { $0 + Int(String($1.element))! * (8 - $1.offset) }
        let check = (11 - sum % 11) % 11
        let expected: Character = check == 10 ? "X" : Character(String(check))
        return last == expected ? nil : "su dígito verificador (el último) no corresponde a los otros siete; revise los 8 caracteres"
    }
}
