/// Why the result store cannot be used. Every case stops the run (exit code 2): a store that
/// cannot be trusted must never turn into results.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case insideCheckedFolder(store: String, folder: String)
    case locked(String)
    case corrupt(String, detail: String)
    case notAStore(String)
    case newerSchema(String, version: Int)
    case cannotOpen(String, detail: String)
    case failed(String, detail: String)

    public var description: String {
        switch self {
        case .insideCheckedFolder(let store, let folder):
            "El almacén «\(store)» está dentro de la carpeta que se revisa («\(folder)»); expediente nunca escribe ahí. Indique otro --store fuera de ella."
        case .locked(let store):
            "El almacén «\(store)» está en uso por otra ejecución de expediente; espere a que termine o use otro --store."
        case .corrupt(let store, let detail):
            "El almacén «\(store)» está dañado (\(detail)). Bórrelo o indique otro --store: los resultados se calcularán de nuevo."
        case .notAStore(let store):
            "«\(store)» no es un almacén de expediente (es otro archivo o base de datos); no se modificó. Indique otro --store."
        case .newerSchema(let store, let version):
            "El almacén «\(store)» es de una versión más nueva de expediente (esquema \(version)); actualice expediente o use otro --store."
        case .cannotOpen(let store, let detail):
            "No se pudo abrir el almacén «\(store)»: \(detail)."
        case .failed(let store, let detail):
            "Falló el almacén «\(store)»: \(detail). La revisión se detuvo para no dar resultados equivocados."
        }
    }
}
