/// A timing line traced when the symbol's size is already known (from the other timing line):
/// instead of counting thresholded runs, which a compressed or foreshortened end merges or
/// splits, the profile between the finders is fitted by dynamic programming to exactly the
/// runs a symbol of `n` modules has there (dark finder, N − 14 alternating modules from light
/// to light, dark finder), each inner module 0.3 to 3 times the mean width. The fit maximises
/// how much darker than the local mean the dark runs are and how much lighter the light ones;
/// it is kept only when nearly every module has the right colour.
enum QRTimingFit {
    /// The best fit over the same offsets toward the third finder that `QRMeshSampler.trace`
    /// tries; nil when none fits.
    static func trace(_ image: GrayImage, from: (Double, Double), to: (Double, Double), toward: (Double, Double),
                      span: Double, module: Double, n: Int, inverted: Bool) -> QRMeshSampler.Line? {
        let ox = (toward.0 - from.0) / span, oy = (toward.1 - from.1) / span
        let length = ((to.0 - from.0) * (to.0 - from.0) + (to.1 - from.1) * (to.1 - from.1)).squareRoot()
        guard length > 10, (ox * ox + oy * oy) > 0.25, n >= 25, n <= 177, n % 4 == 1 else { return nil }
        var best: (score: Double, line: QRMeshSampler.Line)?
        let factors = stride(from: 1.0, through: 4.5, by: 0.25).map { $0 }
        for oa in factors {
            for ob in factors where abs(ob - oa) <= 1.25 {
                let p = (from.0 + oa * ox, from.1 + oa * oy), q = (to.0 + ob * ox, to.1 + ob * oy)
                guard let (line, score) = fitted(image, p, q, module: module, n: n, inverted: inverted),
                      score > (best?.score ?? 0) else { continue }
                best = (score, line)
            }
        }
        return best?.line
    }

    /// The fit of the profile `p` → `q` (finder centre level to finder centre level) and its
    /// score: the mean contrast, per sample, of the runs against the local mean.
    static func fitted(_ image: GrayImage, _ p: (Double, Double), _ q: (Double, Double), module: Double, n: Int,
                       inverted: Bool) -> (QRMeshSampler.Line, Double)? {
        let length = ((q.0 - p.0) * (q.0 - p.0) + (q.1 - p.1) * (q.1 - p.1)).squareRoot()
        let count = Int((length * 3).rounded(.up)) + 1
        let inner = n - 14
        guard count >= 30, count < 100_000, inner >= 11 else { return nil }
        guard let raw = QRMeshSampler.profile(image, count: count, inverted: inverted, at: { k in
            let f = Double(k) / Double(count - 1)
            return (p.0 + f * (q.0 - p.0) - 0.5, p.1 + f * (q.1 - p.1) - 0.5)
        }) else { return nil }
        let profile = QRMeshSampler.boxSmoothed(raw)
        // darkness[k]: how much darker than the mean over about 5 modules sample k is.
        let radius = max(4, Int(7.5 * module))
        var sums = [Double](repeating: 0, count: count + 1)
        for k in 0..<count { sums[k + 1] = sums[k] + profile[k] }
        var darkness = [Double](repeating: 0, count: count + 1) // prefix sums
        for k in 0..<count {
            let lo = max(0, k - radius), hi = min(count, k + radius + 1)
            darkness[k + 1] = darkness[k] + (sums[hi] - sums[lo]) / Double(hi - lo) - profile[k]
        }
        guard let boundaries = boundaries(darkness, count: count, modules: n, inner: inner) else { return nil }
        // Every inner run must have its colour; a few modules lost to a glare or a fold may not.
        var wrong = 0, contrast = 0.0
        for i in 0..<inner {
            let mean = (darkness[boundaries[i + 1]] - darkness[boundaries[i]]) / Double(boundaries[i + 1] - boundaries[i])
            let signed = i % 2 == 0 ? -mean : mean
            if signed <= 0 { wrong += 1 }
            contrast += signed
        }
        guard wrong * 20 <= inner else { return nil }
        return (QRMeshSampler.Line(n: n, p, q, count: count, boundaries: boundaries), contrast / Double(inner))
    }

    /// Sample positions of the `inner + 1` run boundaries (modules 7 ... N − 7) that maximise the
    /// signed darkness of the runs (`darkness`: its prefix sums), by dynamic programming over
    /// (boundary, position) with a sliding-window maximum: O(boundaries × samples).
    static func boundaries(_ darkness: [Double], count: Int, modules n: Int, inner: Int) -> [Int]? {
        let mean = Double(count) / Double(n - 7)
        let minRun = max(1, Int(0.3 * mean)), maxRun = max(minRun + 1, Int((3 * mean).rounded(.up)))
        let minEnd = Int(1.2 * mean), maxEnd = Int((6 * mean).rounded(.up))
        let none = -Double.infinity
        // score[x]: best total with the current boundary at x; from[i][x]: the previous boundary.
        var score = [Double](repeating: none, count: count)
        for x in max(1, minEnd)..<min(count, maxEnd + 1) { score[x] = darkness[x] } // the dark finder run
        var from = [[Int32]](repeating: [Int32](repeating: -1, count: count), count: inner)
        for i in 0..<inner {
            // Run i is light when i is even: its darkness counts against it.
            let sign: Double = i % 2 == 0 ? -1 : 1
            var next = [Double](repeating: none, count: count)
            var window: [Int] = [], head = 0 // candidate previous boundaries, best first
            for x in 0..<count {
                let enter = x - minRun
                if enter >= 0, score[enter] > none {
                    let value = score[enter] - sign * darkness[enter]
                    while window.count > head, score[window[window.count - 1]] - sign * darkness[window[window.count - 1]] <= value {
                        window.removeLast()
                    }
                    window.append(enter)
                }
                while window.count > head, window[head] < x - maxRun { head += 1 }
                guard window.count > head else { continue }
                let y = window[head]
                next[x] = score[y] - sign * darkness[y] + sign * darkness[x]
                from[i][x] = Int32(y)
            }
            score = next
        }
        var last = -1, total = none
        for x in max(0, count - maxEnd)..<max(0, count - minEnd) where score[x] > none {
            let value = score[x] + darkness[count] - darkness[x] // the dark finder run at the far end
            if value > total { total = value; last = x }
        }
        guard last >= 0 else { return nil }
        var result = [Int](repeating: 0, count: inner + 1)
        result[inner] = last
        for i in stride(from: inner - 1, through: 0, by: -1) {
            let y = Int(from[i][result[i + 1]])
            guard y >= 0 else { return nil }
            result[i] = y
        }
        return result
    }
}
