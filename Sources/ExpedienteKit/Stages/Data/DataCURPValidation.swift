/// The CURP checks share one validation; each reports one kind of problem.
protocol DataCURPCheck: DataCheck {
    func finding(for problem: CURP.Problem, curp: String, data: DataContext) -> Finding.Located?
}

extension DataCURPCheck {
    func run(on data: DataContext) -> [Finding.Located] {
        guard let curp = data.registeredCURP else { return [] }
        return CURP(curp).problems().compactMap { finding(for: $0, curp: curp, data: data) }
    }
}
