/// Why the tool could not do its job (exit code 2), as opposed to findings.
public enum ExpedienteError: Error, Sendable, Equatable, CustomStringConvertible {
    case folderNotFound(String)
    case notAFolder(String)
    case folderUnreadable(String)
    case rules(RuleFileError)
    case rulesNotFound
    case unknownConvocatoria(String, available: [String])
    case unknownPerfil(String, available: [String])
    case store(StoreError)

    public var description: String {
        switch self {
        case .folderNotFound(let path): "La carpeta «\(path)» no existe."
        case .notAFolder(let path): "«\(path)» no es una carpeta: indique la carpeta que contiene los archivos JPG del expediente."
        case .folderUnreadable(let path): "No se pudo leer la carpeta «\(path)» (¿permisos?)."
        case .rules(let error): "Archivo de reglas inválido: \(error)"
        case .rulesNotFound: "No se encontró la carpeta de reglas `Rules/`; indíquela con --rules REGLAS o con la variable EXPEDIENTE_RULES."
        case .unknownConvocatoria(let id, let available):
            "La convocatoria «\(id)» no existe; disponibles: \(available.joined(separator: ", "))."
        case .unknownPerfil(let id, let available):
            "El perfil «\(id)» no existe en esta convocatoria; disponibles: \(available.joined(separator: ", "))."
        case .store(let error): error.description
        }
    }
}
