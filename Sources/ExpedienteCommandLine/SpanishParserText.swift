import Foundation

/// swift-argument-parser writes its help and its usage errors in English and offers no way to
/// localise them, so the fixed phrases it writes are translated on the way out. Only the
/// parser's own words change: the commands' abstracts, discussions and option help are Spanish
/// already. A phrase this list does not know stays in English (the README says which).
enum SpanishParserText {
    /// (pattern, template) pairs, applied in order to the whole text.
    private static let rules: [(NSRegularExpression, String)] = [
        (#"OVERVIEW: "#, "DESCRIPCIÓN: "),
        // Same width as the English labels: the parser indents the usage's next lines by 7.
        (#"USAGE: "#, "USO:   "),
        (#"Usage: "#, "Uso:   "),
        (#"(?m)^ARGUMENTS:$"#, "ARGUMENTOS:"),
        (#"(?m)^OPTIONS:$"#, "OPCIONES:"),
        (#"(?m)^SUBCOMMANDS:$"#, "SUBCOMANDOS:"),
        // No space after the colon: the parser may wrap the line there.
        (#"\(default as flag:"#, "(predeterminado sin valor:"),
        (#"; default:"#, "; predeterminado:"),
        (#"\(default:"#, "(predeterminado:"),
        (#"\(values:"#, "(valores:"),
        (#" \(default\)"#, " (predeterminado)"),
        (#"Show help information\."#, "Muestra esta ayuda."),
        (#"Show the version\."#, "Muestra la versión."),
        (#"See '(.+) <subcommand>' for detailed help\."#, "Vea '$1 <subcomando>' para la ayuda de cada subcomando."),
        (#"See '(.+)' for more information\."#, "Vea '$1' para más información."),
        (#"Missing expected argument '"#, "Falta el argumento '"),
        (#"Missing one of: "#, "Falta uno de: "),
        (#"Missing required subcommand\."#, "Falta el subcomando."),
        (#"Missing value for '"#, "Falta el valor de '"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "Opción desconocida '$1'. ¿Quiso decir '$2'?"),
        (#"Unknown option '"#, "Opción desconocida '"),
        (#"Unexpected argument '"#, "Argumento inesperado '"),
        (#"(\d+) unexpected arguments: "#, "$1 argumentos inesperados: "),
        (#"The value '(.*?)' is invalid for '"#, "El valor '$1' no es válido para '"),
        (#"The value '(.*?)' is invalid\."#, "El valor '$1' no es válido."),
        (#"\. Please provide one of the following:"#, ". Indique uno de estos:"),
        (#"\. Please provide one of "#, ". Indique uno de "),
        (#"' and '"#, "' y '"),
        (#"' or '"#, "' o '"),
        (#"Invalid option: "#, "Opción no válida: "),
        (#"The option '([^']*)' does not take any value, but '(.*)' was specified\."#, "La opción '$1' no lleva valor, pero se le dio '$2'."),
        (#"Value to be set with (.+) had already been set with (.+)"#, "El valor de $1 ya se había dado con $2"),
        (#"Help:  "#, "Ayuda: "),
        (#"\[<options>\]"#, "[<opciones>]"),
        (#"<subcommand>"#, "<subcomando>"),
    ].map { pattern, template in
        // The patterns are literals of this file: a bad one is a programming error caught by its test.
        (try! NSRegularExpression(pattern: pattern), template)
    }

    static func translate(_ text: String) -> String {
        rules.reduce(text) { text, rule in
            rule.0.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: rule.1)
        }
    }
}
