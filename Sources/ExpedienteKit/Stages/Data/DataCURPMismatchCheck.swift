import Foundation

/// A CURP read from a document's QR that is not the applicant's: the registered one, or,
/// with no registered CURP, the first one found in the call's document order.
struct DataCURPMismatchCheck: DataCheck {
    static let definition = CheckDefinition(
        id: .dataCURPMismatch, stage: .data,
        title: "CURP distinta en un código QR",
        rationale: "Todos los documentos son de la misma persona: una CURP distinta en el QR de un documento indica un documento de otra persona o un error de registro.",
        message: "El código QR de {document} contiene la CURP {curp}, distinta de {reference} en {reference_source}.",
        hint: "Verifique que {document} es su propio documento y que la CURP registrada es correcta; todos los documentos deben ser del mismo aspirante.",
        parameters: ["registro", "curp", "reference", "reference_source"],
        examples: [
            .triggers("el QR de PUNTAJENARM lleva una CURP distinta de la registrada", .registro("curp: PEGL890909MJCRMS08\n", pages: ["PUNTAJENARM": PageRecipe(qr: .text("https://www.cifrhs.salud.gob.mx/site/enarm/constancia?folio=1&curp=GOMR850101HDFMRN09"))])),
            .passes("el QR de PUNTAJENARM lleva la CURP registrada", .registro("curp: PEGL890909MJCRMS08\n", pages: ["PUNTAJENARM": PageRecipe(qr: .text("https://www.cifrhs.salud.gob.mx/site/enarm/constancia?folio=1&curp=PEGL890909MJCRMS08"))])),
        ]
    )

    /// Text of the CURP's shape inside a longer payload (a URL, a pipe-separated record).
    static let pattern = try! NSRegularExpression(pattern: "(?<![A-Z0-9])[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9](?![A-Z0-9])")

    static func curps(in text: String) -> [String] {
        let upper = text.uppercased()
        let range = NSRange(upper.startIndex..., in: upper)
        var seen: [String] = []
        for match in pattern.matches(in: upper, range: range) {
            guard let r = Range(match.range, in: upper) else { continue }
            let found = String(upper[r])
            if !seen.contains(found) { seen.append(found) }
        }
        return seen
    }

    func run(on data: DataContext) -> [Finding.Located] {
        let found = data.documents.flatMap { document in
            document.qrTexts.flatMap(Self.curps).map { (document, $0) }
        }
        guard let first = found.first else { return [] }
        let reference: String
        let source: String
        if let registered = data.registeredCURP {
            reference = registered
            source = data.registroLabel
        } else {
            reference = first.1
            source = "el QR de \(first.0.kind.kind) (\(first.0.file))"
        }
        return found.filter { $0.1 != reference }.map { document, curp in
            Finding.Located(Finding(Self.definition, expected: reference, actual: curp,
                                    values: ["registro": data.registroLabel, "curp": curp, "reference": reference, "reference_source": source]),
                            kind: document.kind, file: document.file)
        }
    }
}
