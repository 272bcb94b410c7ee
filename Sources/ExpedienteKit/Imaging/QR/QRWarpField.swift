import Foundation

/// A smooth displacement field over a candidate symbol's module grid, measured from the image
/// itself: where the module boundaries are. The base map is the affine frame of the three
/// finder centres for a guessed size n; at each module centre the field holds how far, in
/// modules, the true grid lies from the base map across (`dx`) and down (`dy`).
///
/// Each measurement is the phase of the edges: along a row, the squared steps of a profile
/// sampled 6 times per module peak at the column boundaries, so their sum weighted by
/// e^(2πi·u) over a window of 7 modules has the angle 2π·(boundary offset). The angles are
/// known only modulo one module, so they are unwrapped from the right-angle finder outward,
/// the most coherent module first (quality-guided phase unwrapping), each taking the whole
/// number of modules that brings it closest to its unwrapped neighbours. Rows are measured for
/// `dx` (cloth waves shift rows sideways by different amounts) and columns for `dy`, each
/// along lines already bent by the other, and the whole measured again against the field
/// found, so that what is left is small.
struct QRWarpField {
    static let samplesPerModule = 6
    /// Half the measuring window along a row (column), in modules, and its triangular weights.
    static let window = 3

    let n: Int
    let origin: (Double, Double)
    /// Page step per module across and down.
    let ex: (Double, Double), ey: (Double, Double)
    private(set) var dx: [Double]
    private(set) var dy: [Double]

    /// `frame`: the finders of a symbol of `n` modules a side (their centres at module 3.5).
    init(frame: QRFinderFrame, n: Int) {
        self.n = n
        let span = Double(n - 7)
        ex = ((frame.b.x - frame.a.x) / span, (frame.b.y - frame.a.y) / span)
        ey = ((frame.c.x - frame.a.x) / span, (frame.c.y - frame.a.y) / span)
        origin = (frame.a.x - 3.5 * (ex.0 + ey.0), frame.a.y - 3.5 * (ex.1 + ey.1))
        dx = [Double](repeating: 0, count: n * n)
        dy = dx
    }

    /// The page point of module coordinates (u, v) through the field.
    func page(_ u: Double, _ v: Double) -> (Double, Double) {
        let (ddx, ddy) = displacement(u, v)
        let mu = u + ddx, mv = v + ddy
        return (origin.0 + mu * ex.0 + mv * ey.0, origin.1 + mu * ex.1 + mv * ey.1)
    }

    /// The field at (u, v), bilinear between module centres, constant beyond the outer ones.
    func displacement(_ u: Double, _ v: Double) -> (Double, Double) {
        let last = Double(n - 1)
        let gx = min(max(u - 0.5, 0), last), gy = min(max(v - 0.5, 0), last)
        let ix = min(Int(gx), n - 2), iy = min(Int(gy), n - 2)
        let tx = gx - Double(ix), ty = gy - Double(iy)
        let i = iy * n + ix
        func mix(_ f: [Double]) -> Double {
            let top = f[i] * (1 - tx) + f[i + 1] * tx
            let bottom = f[i + n] * (1 - tx) + f[i + n + 1] * tx
            return top * (1 - ty) + bottom * ty
        }
        return (mix(dx), mix(dy))
    }

    /// One round: `dx` measured along rows and corrected, then `dy` along columns. False when
    /// a sample falls off the image.
    mutating func refine(_ image: GrayImage) -> Bool {
        guard let across = measure(image, alongRows: true) else { return false }
        dx = zip(dx, across).map { $0 + $1 }
        guard let down = measure(image, alongRows: false) else { return false }
        dy = zip(dy, down).map { $0 + $1 }
        return true
    }

    /// The unwrapped, smoothed boundary offsets at every module, along rows or columns.
    private func measure(_ image: GrayImage, alongRows: Bool) -> [Double]? {
        let s = Self.samplesPerModule
        let w = image.width, h = image.height
        let cosines = (0..<s).map { cos(2 * .pi * Double($0) / Double(s)) }
        let sines = (0..<s).map { sin(2 * .pi * Double($0) / Double(s)) }
        var re = [Double](repeating: 0, count: n * n), im = re
        var profile = [Double](repeating: 0, count: s + 1)
        let inside = image.pixels.withUnsafeBufferPointer { p -> Bool in
            func level(_ point: (Double, Double)) -> Double? {
                let x = point.0 - 0.5, y = point.1 - 0.5
                guard x >= 0, y >= 0, x < Double(w - 1), y < Double(h - 1) else { return nil }
                let ix = Int(x), iy = Int(y), tx = x - Double(ix), ty = y - Double(iy), i = iy * w + ix
                let top = Double(p[i]) * (1 - tx) + Double(p[i + 1]) * tx
                let bottom = Double(p[i + w]) * (1 - tx) + Double(p[i + w + 1]) * tx
                return top * (1 - ty) + bottom * ty
            }
            for line in 0..<n {
                for k in 0..<n {
                    // Samples at k + (j − 0.5)/s along the line, each the mean of three across it.
                    for j in 0...s {
                        let along = Double(k) + (Double(j) - 0.5) / Double(s)
                        var sum = 0.0
                        for offset in [-0.2, 0, 0.2] {
                            let across = Double(line) + 0.5 + offset
                            guard let value = level(alongRows ? page(along, across) : page(across, along)) else { return false }
                            sum += value
                        }
                        profile[j] = sum
                    }
                    var zr = 0.0, zi = 0.0
                    for j in 0..<s {
                        let step = profile[j + 1] - profile[j]
                        zr += step * step * cosines[j]
                        zi += step * step * sines[j]
                    }
                    let index = alongRows ? line * n + k : k * n + line
                    re[index] = zr
                    im[index] = zi
                }
            }
            return true
        }
        guard inside else { return nil }
        // Sums over the window along the line.
        let r = Self.window
        var phase = [Double](repeating: 0, count: n * n), quality = phase
        for line in 0..<n {
            for k in 0..<n {
                var zr = 0.0, zi = 0.0
                for d in -r...r where k + d >= 0 && k + d < n {
                    let weight = Double(r + 1 - abs(d))
                    let index = alongRows ? line * n + k + d : (k + d) * n + line
                    zr += weight * re[index]
                    zi += weight * im[index]
                }
                let index = alongRows ? line * n + k : k * n + line
                phase[index] = atan2(zi, zr) / (2 * .pi)
                quality[index] = (zr * zr + zi * zi).squareRoot()
            }
        }
        return Self.smoothed(Self.unwrapped(phase, quality: quality, n: n), quality: quality, n: n)
    }

    /// Quality-guided unwrapping from the best module of the right-angle finder (whole offset
    /// taken nearest zero there), each next module the best on the frontier.
    static func unwrapped(_ phase: [Double], quality: [Double], n: Int) -> [Double] {
        var value = phase
        var done = [Bool](repeating: false, count: n * n)
        var heap = MaxHeap()
        var seed = 0
        for l in 0..<7 { for k in 0..<7 where quality[l * n + k] > quality[seed] { seed = l * n + k } }
        heap.push(quality[seed], seed)
        var first = true
        while let (_, index) = heap.pop() {
            guard !done[index] else { continue }
            let k = index % n, l = index / n
            let neighbours = [(k - 1, l), (k + 1, l), (k, l - 1), (k, l + 1)].filter { $0.0 >= 0 && $0.0 < n && $0.1 >= 0 && $0.1 < n }
            if !first {
                var sum = 0.0, weight = 0.0
                for (nk, nl) in neighbours where done[nl * n + nk] {
                    let q = quality[nl * n + nk] + 1e-9
                    sum += q * value[nl * n + nk]
                    weight += q
                }
                let prediction = weight > 0 ? sum / weight : 0
                value[index] = phase[index] + (prediction - phase[index]).rounded()
            }
            first = false
            done[index] = true
            for (nk, nl) in neighbours where !done[nl * n + nk] { heap.push(quality[nl * n + nk], nl * n + nk) }
        }
        return value
    }

    /// Quality-weighted 1-2-1 mean over each module's 3 × 3 neighbourhood.
    static func smoothed(_ value: [Double], quality: [Double], n: Int) -> [Double] {
        var out = value
        for l in 0..<n {
            for k in 0..<n {
                var sum = 0.0, weight = 0.0
                for dl in -1...1 where l + dl >= 0 && l + dl < n {
                    for dk in -1...1 where k + dk >= 0 && k + dk < n {
                        let q = Double((2 - abs(dk)) * (2 - abs(dl))) * (quality[(l + dl) * n + k + dk] + 1e-9)
                        sum += q * value[(l + dl) * n + k + dk]
                        weight += q
                    }
                }
                out[l * n + k] = sum / weight
            }
        }
        return out
    }
}

/// A binary max-heap of (priority, index), for the unwrapping's frontier.
private struct MaxHeap {
    private var items: [(Double, Int)] = []

    mutating func push(_ priority: Double, _ index: Int) {
        items.append((priority, index))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[parent].0 < items[child].0 else { break }
            items.swapAt(parent, child)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        guard !items.isEmpty else { return top }
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < items.count, items[left].0 > items[largest].0 { largest = left }
            if right < items.count, items[right].0 > items[largest].0 { largest = right }
            guard largest != parent else { break }
            items.swapAt(parent, largest)
            parent = largest
        }
        return top
    }
}
