/// What the name findings advise once the type stage knows the content is not a JPEG: renaming
/// `CURP.pdf` to `CURP.JPG` fixes no name worth having, so no hint may suggest renaming alone.
enum NameAdvice {
    /// The content types `expediente fix` converts to JPEG by itself.
    static let convertedByFix: Set<String> = ["image/png"]

    static func afterForeignContent(expectedName: String, mime: String?) -> String {
        let byFix = mime.map(convertedByFix.contains) ?? false
            ? " `expediente fix` lo convierte y lo nombra por usted." : ""
        return "Cambiar solo el nombre no basta: el contenido no es JPEG. Conviértalo a JPEG (vea la observación del tipo de archivo) y guárdelo como \(expectedName).\(byFix)"
    }

    /// The observations of one document with the name stage's hints replaced when its content
    /// is not a JPEG; unchanged otherwise.
    static func adjust(_ observations: [Observation], expectedName: String) -> [Observation] {
        guard let foreign = observations.first(where: { $0.checkID == .typeNotJPEG }) else { return observations }
        let hint = afterForeignContent(expectedName: expectedName, mime: foreign.actual)
        return observations.map { observation in
            guard observation.check.hasPrefix("name."), observation.hint != nil else { return observation }
            var adjusted = observation
            adjusted.hint = hint
            return adjusted
        }
    }
}
