import Foundation

/// Finds and reads the applicant data of a folder: `REGISTRO.yaml`, `.yml` or `.json` inside
/// it (any case), or a file given with `--registro`. Reading is bounded; a file that cannot
/// be used gives the `data.registro` observation, never a crash.
public enum RegistroLoader {
    public static let maxBytes = 1 << 20
    static let extensions: Set<String> = ["YAML", "YML", "JSON"]

    /// The folder entry is the applicant data file, not a document.
    public static func isRegistro(_ name: FileName) -> Bool {
        name.foldedStem == "REGISTRO" && extensions.contains((name.fileExtension ?? "").uppercased())
    }

    /// Reads and decodes one file; `display` names it in errors.
    public static func load(path: [UInt8], display: String) -> Result<Registro, RuleFileError> {
        switch BoundedReader.read(path: path, limit: maxBytes) {
        case .failure(let failure):
            return .failure(RuleFileError(file: display, reason: "no se pudo leer: \(failure.spanish)"))
        case .success(let read):
            if read.cut { return .failure(RuleFileError(file: display, reason: "pesa más de \(maxBytes / 1024) KB; no parece un registro")) }
            guard let text = String(validating: read.bytes, as: UTF8.self) else {
                return .failure(RuleFileError(file: display, reason: "no es texto UTF-8"))
            }
            return decode(text: text, display: display)
        }
    }

    public static func decode(text: String, display: String) -> Result<Registro, RuleFileError> {
        do throws(RuleFileError) {
            return .success(try RulesLoader.decode(Registro.self, text: text, path: display))
        } catch {
            return .failure(error)
        }
    }
}
