/// A page scanned turned a quarter or half turn.
struct QualityRotatedCheck: DocumentCheck {
    static let definition = CheckDefinition(
        id: .qualityRotated, stage: .quality,
        title: "Página girada",
        rationale: "Una página de lado o de cabeza se puede leer, pero obliga al validador a girarla; conviene subirla derecha.",
        severity: .aviso,
        message: "La página de {document} parece estar {rotation}.",
        hint: "Gire la imagen para que el texto quede derecho antes de subirla.",
        parameters: ["rotation"],
        examples: [
            .triggers("SERVICIOSOCIAL.JPG de lado (90 grados)", .page("SERVICIOSOCIAL", PageRecipe(defects: [.quarterTurn]))),
            .triggers("CURP.JPG de cabeza", .page("CURP", PageRecipe(defects: [.halfTurn]))),
            .passes("una hoja derecha", .page("CURP")),
        ]
    )

    func run(on document: PageMeasure) -> [Finding] {
        let (page, limits) = (document.page, document.thresholds)
        guard !document.isBlankPage, limits.orientation == true,
              let rotation = PageOrientation.detect(page, limits) else { return [] }
        let words = switch rotation {
        case .quarterTurn: "girada 90 grados (las líneas de texto van de arriba abajo)"
        case .upsideDown: "de cabeza (girada 180 grados)"
        case .upright: ""
        }
        return [Finding(Self.definition, expected: "página derecha", actual: words, values: ["rotation": words])]
    }
}

/// The orientation the metrics point to, under the kind's ratios.
enum PageOrientation {
    /// Text lines need some ink to be seen as lines.
    static let minInk = 0.02

    static func detect(_ page: PageQuality, _ limits: QualityThresholds) -> PageQuality.Orientation? {
        guard page.inkCoverage >= minInk else { return nil }
        if let ratio = limits.quarterTurnRatio, let measured = page.lineAxisRatio, measured >= ratio { return .quarterTurn }
        if let ratio = limits.upsideDownRatio, let measured = page.bottomToTopInk, measured >= ratio { return .upsideDown }
        return nil
    }
}
