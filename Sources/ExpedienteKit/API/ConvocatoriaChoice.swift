/// How the convocatoria a folder was checked against was chosen, so that every report can say
/// when it was only assumed: a JSON extension (`convocatoriaChoice`).
public struct ConvocatoriaChoice: Codable, Sendable, Equatable {
    public enum Basis: String, Codable, Sendable {
        /// Given by the caller (`--convocatoria`, or a checker built for one call).
        case option
        /// Named by the applicant data (`convocatoria:` in REGISTRO.yaml or the batch CSV).
        case registro
        /// The folder holds documents that only this call asks for.
        case documents
        /// Nothing tells: the newest call, or the documents point to several calls.
        case assumed
    }

    /// Files of a call's own documents (`CONSTANCIACEME.JPG` for the CER, `BT09.JPG` for the ENARM).
    public struct Evidence: Codable, Sendable, Equatable {
        public var convocatoria: String
        public var files: [String]
    }

    public var basis: Basis
    /// For `documents`, the chosen call's own files; for `assumed`, every call's, when any.
    public var evidence: [Evidence]
    /// The other calls the folder could be checked against (`--convocatoria ID`).
    public var alternatives: [String]

    public init(basis: Basis, evidence: [Evidence] = [], alternatives: [String] = []) {
        self.basis = basis
        self.evidence = evidence
        self.alternatives = alternatives
    }

    /// The sentence reports show under the convocatoria; nil when the caller or the registro chose it.
    public func note(checkedWith id: String) -> String? {
        let other = alternatives.map { "--convocatoria \($0)" }.joined(separator: " o ")
        let howToChoose = alternatives.isEmpty ? ""
            : " Si es de otra, revísela con \(other), o escriba «convocatoria: \(alternatives[0])» en REGISTRO.yaml."
        switch basis {
        case .option, .registro:
            return nil
        case .assumed where alternatives.isEmpty:
            return nil
        case .documents:
            let files = evidence.first { $0.convocatoria == id }?.files ?? []
            return "Convocatoria elegida por los documentos: la carpeta tiene \(Self.list(files)), que solo pide \(id)."
                + howToChoose
        case .assumed where evidence.isEmpty:
            return "Convocatoria supuesta: ni el registro ni los documentos dicen a qué convocatoria se presenta; "
                + "se revisó con la más reciente, \(id)." + howToChoose
        case .assumed:
            let mixed = evidence.map { "\(Self.list($0.files)) solo en \($0.convocatoria)" }.joined(separator: "; ")
            return "Convocatoria supuesta: la carpeta tiene documentos de más de una convocatoria (\(mixed)); "
                + "se revisó con la más reciente, \(id)." + howToChoose
        }
    }

    private static func list(_ files: [String]) -> String {
        let shown = files.prefix(3).joined(separator: ", ")
        return files.count > 3 ? "\(shown) y \(files.count - 3) más" : shown
    }
}
