/// Why `fix` could not start or finish: the tool's failures (exit code 2), never a document's.
public enum FixError: Error, Sendable, Equatable, CustomStringConvertible {
    /// SALIDA is CARPETA, inside it, or holds it.
    case outputOverlapsSource(output: String, source: String)
    /// SALIDA exists and holds files.
    case outputNotEmpty(String)
    /// SALIDA exists and is not a folder.
    case outputNotAFolder(String)
    /// SALIDA or a file in it could not be written (errno text).
    case cannotWrite(String, reason: String)
    case check(ExpedienteError)

    public var description: String {
        switch self {
        case .outputOverlapsSource(let output, let source):
            "La carpeta de salida «\(output)» no puede ser la carpeta «\(source)», estar dentro de ella ni contenerla: expediente nunca escribe en la carpeta que corrige. Indique con --output una carpeta nueva fuera de ella."
        case .outputNotEmpty(let output):
            "La carpeta de salida «\(output)» ya tiene archivos; indique con --output una carpeta nueva o vacía."
        case .outputNotAFolder(let output):
            "«\(output)» existe y no es una carpeta; indique con --output una carpeta nueva o vacía."
        case .cannotWrite(let path, let reason):
            "No se pudo escribir «\(path)»: \(reason)."
        case .check(let error):
            error.description
        }
    }
}
