/// A page stored turned or mirrored that is shown upright only through its Exif orientation
/// tag: browsers and most viewers follow the tag, but a system that ignores it shows the page
/// as stored. The quality stage measures the page as it is shown, so this is the only finding.
struct JPEGExifOrientationCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .jpegExifOrientation, stage: .jpeg,
        title: "Orientación en los píxeles, no en la etiqueta Exif",
        rationale: "Un teléfono guarda la foto de lado y anota en la etiqueta Exif de orientación cómo girarla; los navegadores la muestran derecha, pero un visor o un sistema que ignore la etiqueta la muestra como está guardada.",
        severity: .aviso,
        message: "La imagen está guardada {stored} y se ve derecha solo porque su etiqueta Exif de orientación ({orientation}) pide girarla al mostrarla; un programa que ignore la etiqueta la mostrará {stored}.",
        hint: "`expediente fix` la guarda derecha (gira los píxeles y quita la etiqueta); o gírela con su programa de imágenes y guárdela de nuevo.",
        parameters: ["stored", "orientation"],
        examples: [
            .triggers("CURP.JPG de lado con orientación Exif 6 (una foto de teléfono)", .page("CURP", PageRecipe(exifOrientation: 6))),
            .triggers("ACTANACIMIENTO.JPG de cabeza con orientación Exif 3", .page("ACTANACIMIENTO", PageRecipe(exifOrientation: 3))),
            .passes("una hoja derecha sin etiqueta de orientación", .page("CURP")),
        ]
    )

    func run(on document: JPEGRead) -> [Finding] {
        guard let orientation = document.exifOrientation, orientation != 1 else { return [] }
        let stored = switch orientation {
        case 3: "de cabeza"
        case 6, 8: "de lado"
        default: "en espejo"
        }
        return [Finding(Self.definition, expected: "orientación 1 (píxeles derechos)", actual: "orientación \(orientation)",
                        values: ["stored": stored, "orientation": String(orientation)])]
    }
}

extension JPEGRead {
    /// The Exif orientation (1-8), nil without a valid one.
    var exifOrientation: Int? { layout.exif.flatMap(ExifOrientation.value(in:)) }
}
