/// The stages of one document, in the contract's order. Each hands its typed output to its
/// checks and to the next stage, and the run stops where the content makes later stages
/// meaningless (a PNG has no JPEG header).
enum DocumentPipeline {
    /// Everything one run learned: the findings, and the outputs the facts and reports need.
    struct Run: Sendable {
        var findings: [Finding] = []
        var read: FileRead?
        var header: HeaderRead?
        var decode: DecodeAttempt?
        var measure: PageMeasure?
        var qr: QRRead?
    }

    static func run(_ subject: DocumentSubject, prefetched: BoundedReader.Result? = nil) -> Run {
        var run = Run()
        run.findings += checks(.name, on: subject)
        guard subject.entry.type == .regular else { return run }
        let reading = TypeStage.run(subject, prefetched: prefetched)
        run.findings += checks(.type, on: reading)
        guard case .success(let file) = reading else { return run }
        run.read = file
        run.findings += checks(.size, on: file)
        guard file.isJPEG else { return run }
        let jpeg = JPEGStage.run(file)
        run.findings += checks(.jpeg, on: jpeg)
        guard let header = jpeg.jpegHeader else { return run }
        let page = ResolutionStage.run(jpeg, header: header)
        run.header = page
        run.findings += checks(.resolution, on: page)
        let decode = IntegrityStage.run(page)
        run.decode = decode
        run.findings += checks(.integrity, on: decode)
        if let measure = QualityStage.run(decode) {
            run.measure = measure
            run.findings += checks(.quality, on: measure)
        }
        if let qr = QRStage.run(decode) {
            run.qr = qr
            run.findings += checks(.qr, on: qr)
        }
        return run
    }

    /// The checks of `stage`, each of which reads what the stage hands on.
    private static func checks<Input>(_ stage: Stage, on input: Input) -> [Finding] {
        CheckCatalog.documentChecks(in: stage).flatMap { check -> [Finding] in
            guard let typed = check as? any DocumentCheck<Input> else {
                preconditionFailure("\(type(of: check)) does not read \(Input.self), the output of stage \(stage)")
            }
            return typed.run(on: input)
        }
    }
}
