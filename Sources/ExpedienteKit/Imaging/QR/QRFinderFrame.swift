/// The three finder centres of a candidate symbol as a frame: the right-angle corner `a`, then
/// top-right `b` and bottom-left `c`, their mean module size and the two legs' lengths.
struct QRFinderFrame {
    let a: FinderPattern, b: FinderPattern, c: FinderPattern
    let module: Double, legB: Double, legC: Double

    /// `corners`: right-angle finder first (page coordinates); nil unless three with a finite size.
    init?(_ corners: [FinderPattern]) {
        guard corners.count == 3 else { return nil }
        var b = corners[1], c = corners[2]
        let a = corners[0]
        // Top-right then bottom-left: (b − a) × (c − a) > 0 with y pointing down.
        if (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) < 0 { swap(&b, &c) }
        let module = corners.reduce(0) { $0 + $1.moduleSize } / 3
        let legB = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        let legC = ((c.x - a.x) * (c.x - a.x) + (c.y - a.y) * (c.y - a.y)).squareRoot()
        guard module > 0, module.isFinite, legB.isFinite, legC.isFinite else { return nil }
        (self.a, self.b, self.c, self.module, self.legB, self.legC) = (a, b, c, module, legB, legC)
    }
}
