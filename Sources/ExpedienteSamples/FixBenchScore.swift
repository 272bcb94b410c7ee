import ExpedienteKit

/// How close a repaired page is to its clean original, on luma: PSNR and SSIM after the
/// least-squares gain and offset that best map the output onto the reference (so a paper tint
/// or a whiter background does not decide). The reference is area-reduced to the output's size
/// when the output has fewer pixels.
public enum FixBenchScore {
    public struct Score: Sendable {
        public var psnr: Double
        public var ssim: Double
    }

    public static func score(reference: RasterImage, output: RasterImage) -> Score? {
        var ref = reference
        if ref.width != output.width || ref.height != output.height {
            guard output.width <= ref.width, output.height <= ref.height else { return nil }
            ref = ref.resampled(width: output.width, height: output.height)
        }
        let x = output.gray().pixels, y = ref.gray().pixels
        guard x.count == y.count, !x.isEmpty else { return nil }
        // y ≈ a·x + b in least squares.
        var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
        for i in 0..<x.count {
            let a = Double(x[i]), b = Double(y[i])
            sx += a; sy += b; sxx += a * a; sxy += a * b
        }
        let n = Double(x.count)
        let variance = sxx - sx * sx / n
        let gain = variance > 0 ? (sxy - sx * sy / n) / variance : 1
        let offset = (sy - gain * sx) / n
        let fitted = x.map { gain * Double($0) + offset }
        var squared = 0.0
        for i in 0..<x.count {
            let d = fitted[i] - Double(y[i])
            squared += d * d
        }
        let mse = max(squared / n, 1e-10)
        let psnr = 10 * log10Approx(255 * 255 / mse)
        return Score(psnr: psnr, ssim: blockSSIM(fitted, y, width: output.width, height: output.height))
    }

    /// Mean SSIM (Wang et al. 2004, C1 = (0.01·255)², C2 = (0.03·255)²) over 8 × 8 blocks.
    static func blockSSIM(_ x: [Double], _ y: [UInt8], width: Int, height: Int) -> Double {
        let c1 = 6.5025, c2 = 58.5225
        var total = 0.0, blocks = 0
        for by in stride(from: 0, through: height - 8, by: 8) {
            for bx in stride(from: 0, through: width - 8, by: 8) {
                var mx = 0.0, my = 0.0, xx = 0.0, yy = 0.0, xy = 0.0
                for row in by..<(by + 8) {
                    for column in bx..<(bx + 8) {
                        let a = x[row * width + column], b = Double(y[row * width + column])
                        mx += a; my += b; xx += a * a; yy += b * b; xy += a * b
                    }
                }
                mx /= 64; my /= 64
                let vx = xx / 64 - mx * mx, vy = yy / 64 - my * my, cov = xy / 64 - mx * my
                total += ((2 * mx * my + c1) * (2 * cov + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2))
                blocks += 1
            }
        }
        return blocks > 0 ? total / Double(blocks) : 0
    }

    /// log10 through the samples' own logarithm (no Foundation).
    private static func log10Approx(_ value: Double) -> Double { logApprox(value) / 2.302_585_092_994_046 }
}
