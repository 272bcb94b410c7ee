extension Convocatoria {
    /// Kinds whose QR the applicant's ENARM edition does not require (a constancia before the
    /// digital one): the `qr` stage does not scan them, and `data.enarm_constancia` says why.
    func qrWaivedKinds(for registro: Registro?) -> Set<String> {
        guard let edition = registro?.edicionNumber else { return [] }
        return Set(kinds.filter { kind in
            kind.qr?.requiredFromEdition.flatMap(RomanNumeral.value(of:)).map { edition < $0 } ?? false
        }.map(\.kind))
    }
}
