import ExpedienteKit

/// A small phone-like colour photo (landscape with a person), for a file the call does not ask for.
enum SamplePhoto {
    static func jpeg() throws -> [UInt8] {
        let (width, height) = (800, 600)
        var canvas = PageCanvas(width: width, height: height, color: true)
        for row in 0..<height {
            // Sky to grass gradient, one row at a time.
            let t = Double(row) / Double(height)
            let ink = row < height * 3 / 5
                ? Ink(r: UInt8(120 + 80 * t), g: UInt8(170 + 60 * t), b: 235)
                : Ink(r: 70, g: UInt8(130 - 40 * t), b: 50)
            canvas.fill(x: 0, y: row, width: width, height: 1, ink: ink)
        }
        canvas.disc(centerX: 650, centerY: 110, radius: 55, ink: Ink(r: 255, g: 225, b: 120))
        canvas.disc(centerX: 380, centerY: 250, radius: 60, ink: Ink(r: 190, g: 140, b: 110))
        canvas.fill(x: 300, y: 320, width: 160, height: 280, ink: Ink(r: 40, g: 60, b: 150))
        var rng = SplitMix64(label: "FOTO")
        canvas.addGrain(amplitude: 3, using: &rng)
        // Phones declare 72 dpi.
        return try SamplePages.encode(canvas.raster, dpi: 72, quality: 80)
    }
}
