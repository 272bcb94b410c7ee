import ArgumentParser
import ExpedienteKit
import Foundation

/// Options every command that applies rules shares.
public struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Convocatoria (id de carpeta de Rules/, p. ej. enarm-xlviii-2025-2026). Por omisión, la del registro del aspirante; si no la dice, la de los documentos que solo pide una convocatoria (CONSTANCIACEME, PUBLICACION1: CER; BT09, TARJETONPAGO, TARJETONPADRE: ENARM); si nada la indica, la más reciente, y el informe lo dice.", valueName: "ID"))
    public var convocatoria: String?

    @Option(name: .long, help: ArgumentHelp("Tipo de participante: todos, trabajador-imss, hijo-de-trabajador o estudios-extranjero (varios separados por comas). Por omisión, el del registro del aspirante, o todos.", valueName: "PERFIL"))
    public var perfil: String?

    @Option(name: .long, help: ArgumentHelp("Carpeta de reglas a usar en lugar de Rules/.", valueName: "REGLAS"), completion: .directory)
    public var rules: String?

    public init() {}

    public func loadConvocatoria() throws -> Convocatoria {
        try RuleSelection.load(root: rules.map { URL(fileURLWithPath: $0) }, convocatoria: convocatoria)
    }

    /// A checker with these options: without --convocatoria, each folder's applicant data
    /// may name its call (loaded from the same rules folder).
    public func makeChecker(options: CheckOptions) throws -> ExpedienteChecker {
        var checker = try ExpedienteChecker(convocatoria: try loadConvocatoria(), options: options)
        if let perfil { checker.fixPerfil(perfil) }
        if convocatoria == nil { checker.library = ConvocatoriaLibrary(root: rules.map { URL(fileURLWithPath: $0) }) }
        return checker
    }
}
