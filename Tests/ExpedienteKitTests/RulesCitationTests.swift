import Foundation
import Testing

/// Every `source:` of `Rules/` cites its call: the sections it names exist in the call's text
/// and what it quotes between «» is in a call's text.
///
/// The call texts are not part of the repository: they live in `../shared/convocatorias/`
/// (`<id>.md`, one per convocatoria id) beside it, or wherever `EXPEDIENTE_CONVOCATORIAS`
/// points. Nothing is copied from them: the valid section numbers are derived from the texts
/// when they are there, and the tests that need them are skipped, with the reason, when they
/// are not (a clean clone in CI). What needs no text always runs: every `source:` is read,
/// no source cites the CONTRACT instead of a call, and every call named in a citation is one
/// of `Rules/`.
///
/// A citation is a section number (`2.2.1`, `3.1`, or a bare `3`) at the start of a clause of
/// the source (clauses are split at `;`, `(` and the quotes); it belongs to the rule file's
/// own call unless the clause starts with the other call's name (`ENARM XLVIII 2.2.2`,
/// `CER 2026-2027, 4.3 d)`). Items (`d)`, `11 b)`) are not checked.
struct RulesCitationTests {
    struct Source: CustomStringConvertible {
        let call: String
        let file: String
        let line: Int
        let text: String
        var description: String { "\(call)/\(file):\(line)" }
    }

    struct Citation {
        let call: String
        let section: String
    }

    static let calls: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.rules.path)) ?? [])
        .filter { FileManager.default.fileExists(atPath: TestPaths.rules.appendingPathComponent($0).appendingPathComponent("convocatoria.yaml").path) }
        .sorted()

    static let sources: [Source] = calls.flatMap { call -> [Source] in
        let folder = TestPaths.rules.appendingPathComponent(call)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        return files.flatMap { file -> [Source] in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { return [] }
            var found: [Source] = []
            for (index, line) in text.components(separatedBy: "\n").enumerated() {
                guard let quoted = first(#"\bsource: "((?:[^"\\]|\\.)*)""#, in: line) else { continue }
                let unescaped = quoted.replacingOccurrences(of: #"\""#, with: "\"").replacingOccurrences(of: #"\\"#, with: "\\")
                found.append(Source(call: call, file: file, line: index + 1, text: unescaped))
            }
            return found
        }
    }

    /// Where the call texts are, if they are anywhere.
    static let textsFolder: URL? = {
        let candidates = [ProcessInfo.processInfo.environment["EXPEDIENTE_CONVOCATORIAS"].map { URL(fileURLWithPath: $0) },
                          TestPaths.repository.deletingLastPathComponent().appendingPathComponent("shared/convocatorias")]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// Each call's text, only if every call of `Rules/` has one.
    static let texts: [String: String]? = {
        guard let folder = textsFolder else { return nil }
        var texts: [String: String] = [:]
        for call in calls {
            guard let text = try? String(contentsOf: folder.appendingPathComponent("\(call).md"), encoding: .utf8) else { return nil }
            texts[call] = text
        }
        return texts
    }()

    static let skipReason: Comment = textsFolder == nil
        ? "no call texts: ../shared/convocatorias/ is not beside the repository (e.g. a clean clone); set EXPEDIENTE_CONVOCATORIAS to a folder with <id>.md for each of Rules/"
        : "the call texts folder lacks <id>.md for some convocatoria of Rules/: \(calls)"

    @Test func everySourceLineIsRead() throws {
        #expect(Self.calls.count >= 2)
        for call in Self.calls {
            let folder = TestPaths.rules.appendingPathComponent(call)
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".yaml") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let written = text.components(separatedBy: "\n").filter { $0.contains("source:") }.count
                let read = Self.sources.filter { $0.call == call && $0.file == file }.count
                #expect(read == written, "\(call)/\(file): \(written) source lines, \(read) read (a source must be one double-quoted line)")
            }
        }
    }

    @Test func noSourceCitesTheContractInsteadOfACall() {
        for source in Self.sources where source.text.contains("CONTRACT") {
            Issue.record("\(source): cite the call's paragraph, or say «Criterio de la herramienta: …»: \(source.text)")
        }
    }

    @Test func everyCitedCallIsARuleFolder() {
        for source in Self.sources {
            for prefix in Self.otherCallPrefixes(in: source.text) where Self.call(named: prefix) == nil {
                Issue.record("\(source): cites \(prefix), which is none of \(Self.calls)")
            }
        }
        #expect(Self.sources.flatMap { Self.citations(in: $0) }.count > 100, "the citation parser finds the citations")
    }

    @Test(.enabled(if: texts != nil, skipReason))
    func everyCitedSectionExists() throws {
        let texts = try #require(Self.texts)
        let sections = texts.mapValues(Self.sections(of:))
        for source in Self.sources {
            for citation in Self.citations(in: source) where !(sections[citation.call]?.contains(citation.section) ?? false) {
                Issue.record("\(source): section \(citation.section) is not in \(citation.call): \(source.text)")
            }
        }
    }

    @Test(.enabled(if: texts != nil, skipReason))
    func everyQuoteIsInACallText() throws {
        let texts = try #require(Self.texts).values.map(Self.normalized)
        for source in Self.sources {
            let missing = Self.quotes(in: source.text).filter { quote in !texts.contains { $0.contains(quote) } }
            for quote in missing { Issue.record("\(source): «\(quote)» is in no call text") }
        }
    }

    // MARK: - Parsing

    static func first(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// The clauses of a source without its quotes.
    static func clauses(_ text: String) -> [String] {
        text.replacingOccurrences(of: "«[^»]*»", with: ";", options: .regularExpression)
            .components(separatedBy: CharacterSet(charactersIn: ";("))
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static let citationPattern = try! NSRegularExpression(
        pattern: #"^(?:(?:la convocatoria )?(ENARM|CER)(?: [A-Z]+| \d{4}-\d{4})?,?\s+)?([1-9][0-9]*(?:\.[0-9]+)*)(?=[\s,:).]|$)"#)

    static func citations(in source: Source) -> [Citation] {
        clauses(source.text).compactMap { clause in
            let range = NSRange(clause.startIndex..., in: clause)
            guard let match = citationPattern.firstMatch(in: clause, range: range),
                  let numberRange = Range(match.range(at: 2), in: clause) else { return nil }
            let number = String(clause[numberRange])
            // A bare number is a top-level section (1-99), not an amount such as «409 600 bytes».
            if !number.contains("."), number.count > 2 || clause[numberRange.upperBound...].range(of: #"^\s\d{3}\b"#, options: .regularExpression) != nil {
                return nil
            }
            let prefix = Range(match.range(at: 1), in: clause).map { String(clause[$0]) }
            guard let call = prefix.map({ call(named: $0) }) ?? source.call else { return nil }
            return Citation(call: call, section: number)
        }
    }

    /// `ENARM` or `CER` where a clause starts with another call's name.
    static func otherCallPrefixes(in text: String) -> [String] {
        clauses(text).compactMap { first(#"^(?:la convocatoria )?(ENARM|CER)\b"#, in: $0) }
    }

    static func call(named prefix: String) -> String? {
        calls.first { $0.uppercased().hasPrefix(prefix + "-") }
    }

    /// Section numbers of a call text: every dotted number that starts a line (headings,
    /// numbered paragraphs such as «**2.1** Para integrar…» or «- 3.1.2 Dar clic…») and their prefixes.
    static func sections(of text: String) -> Set<String> {
        var sections: Set<String> = []
        for line in text.components(separatedBy: "\n") {
            let bare = line.replacingOccurrences(of: #"^[\s#>*\-]*"#, with: "", options: .regularExpression)
            guard let number = first(#"^([1-9][0-9]*(?:\.[0-9]+)+)\.?(?=[\s*]|$)"#, in: bare) else { continue }
            let parts = number.split(separator: ".")
            for count in 1...parts.count { sections.insert(parts.prefix(count).joined(separator: ".")) }
        }
        return sections
    }

    /// Text to search quotes in: without Markdown emphasis, list marks, HTML tags and quote
    /// marks, spaces collapsed, lower case.
    static func normalized(_ text: String) -> String {
        var text = text.components(separatedBy: "\n")
            .map { $0.replacingOccurrences(of: #"^[\s#>\-]*"#, with: "", options: .regularExpression) }
            .joined(separator: "\n")
        text = text.replacingOccurrences(of: #"<(https?://[^>]*)>"#, with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: #"</?[a-z]+(\s[^>]*)?>"#, with: " ", options: .regularExpression)
        for mark in ["*", "\\", "\"", "“", "”"] { text = text.replacingOccurrences(of: mark, with: "") }
        return text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression).lowercased()
    }

    /// The quoted fragments of a source: each «…», cut where it leaves text out (…, [...], […]).
    static func quotes(in text: String) -> [String] {
        var quotes: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "«"), let close = rest[open...].firstIndex(of: "»") {
            let quote = String(rest[rest.index(after: open)..<close])
            quotes += quote.components(separatedBy: "[…]").flatMap { $0.components(separatedBy: "[...]") }.flatMap { $0.components(separatedBy: "…") }
                .map { normalized($0).trimmingCharacters(in: CharacterSet(charactersIn: " .")) }
                .filter { !$0.isEmpty }
            rest = rest[rest.index(after: close)...]
        }
        return quotes
    }
}
