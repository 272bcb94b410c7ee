/// Bytes after the end-of-image marker: an appended file, a second JPEG, or junk.
struct IntegrityTrailingDataCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .integrityTrailingData, stage: .integrity,
        title: "Sin datos después del fin de imagen",
        rationale: "Lo que va después del marcador de fin de imagen no se ve, pero ocupa espacio y puede ocultar otro archivo (un ZIP, otra imagen): el expediente debe contener solo el documento.",
        message: "Después del fin de la imagen hay {bytes} bytes de {what}.",
        hint: "Guarde de nuevo el documento como un JPEG normal; el archivo debe contener solo la imagen.",
        parameters: ["bytes", "what"],
        examples: [
            .triggers("un ZIP pegado al final de INTERNADO.JPG", .page("INTERNADO", PageRecipe(damage: .appendedZip))),
            .passes("un JPEG que termina en su marcador de fin", .page("INTERNADO")),
        ]
    )

    func run(on document: DecodeAttempt) -> [Finding] {
        let layout = document.layout, bytes = document.bytes
        guard let end = layout.endOfImageOffset, layout.trailingByteCount > 0, end <= bytes.count
        else { return [] }
        let trailing = bytes[end...]
        // When the read stopped at the limit, the file on disk holds more than was read.
        let count = document.cut ? max(layout.trailingByteCount, document.entry.size - end) : layout.trailingByteCount
        // Scanners and some firmware pad files with zeros or 0xFF; that hides nothing.
        if trailing.allSatisfy({ $0 == 0x00 || $0 == 0xFF || $0 == 0x0A || $0 == 0x0D }) { return [] }
        let what: String
        if layout.trailingLooksLikeJPEG {
            what = "otra imagen JPEG"
        } else if trailing.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            what = "un archivo ZIP"
        } else if trailing.starts(with: [0x25, 0x50, 0x44, 0x46]) {
            what = "un documento PDF"
        } else {
            what = "datos desconocidos"
        }
        return [Finding(Self.definition, expected: "0 bytes después del fin de imagen", actual: "\(count) bytes (\(what))",
                        values: ["bytes": String(count), "what": what])]
    }
}
