import Foundation

/// A 64 × 64 grey thumbnail of a decoded page, to tell the same picture re-encoded (another
/// JPEG quality, another scale) from a different page.
public struct PictureSignature: Codable, Sendable, Equatable {
    public static let side = 64
    public let cells: [UInt8]

    /// Box averages of `image`; nil for an image smaller than the signature.
    public init?(_ image: GrayImage) {
        let side = Self.side
        guard image.width >= side, image.height >= side else { return nil }
        guard image.pixels.count >= image.width * image.height else { return nil }
        // A cell is at most ⌈height / side⌉ rows tall: its column sums fit 16 bits on any page
        // under 16 000 rows (twice the lanes per vector of 32).
        let tallest = (image.height + side - 1) / side
        let cells = tallest * 255 <= Int(UInt16.max)
            ? Self.cells(of: image, columnType: UInt16.self) : Self.cells(of: image, columnType: UInt32.self)
        self.cells = cells
    }

    /// Row by row (one pass in memory order): the rows of a cell row add into per-column sums
    /// (a loop the compiler vectorises), which are then summed cell by cell.
    @inline(__always)
    private static func cells<Column: FixedWidthInteger & UnsignedInteger>(of image: GrayImage, columnType: Column.Type) -> [UInt8] {
        var cells = [UInt8](repeating: 0, count: side * side)
        let width = image.width
        var columns = [Column](repeating: 0, count: width)
        let starts = (0...side).map { $0 * width / side }
        image.pixels.withUnsafeBufferPointer { pixels in
            columns.withUnsafeMutableBufferPointer { columns in
                for cy in 0..<side {
                    let y0 = cy * image.height / side, y1 = (cy + 1) * image.height / side
                    for x in 0..<width { columns[x] = 0 }
                    for y in y0..<y1 {
                        let row = pixels.baseAddress! + y * width
                        for x in 0..<width { columns[x] &+= Column(truncatingIfNeeded: row[x]) }
                    }
                    for cx in 0..<side {
                        var sum = 0
                        for x in starts[cx]..<starts[cx + 1] { sum &+= Int(columns[x]) }
                        cells[cy * side + cx] = UInt8(sum / max(1, (y1 - y0) * (starts[cx + 1] - starts[cx])))
                    }
                }
            }
        }
        return cells
    }

    enum CodingKeys: String, CodingKey { case cells }

    /// Stored (`--store`) as one Base64 string: decoding 4 096 numbers of a JSON array was
    /// more than half of a rerun. An array, as earlier stores hold, still decodes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try? container.decode(String.self, forKey: .cells) {
            guard let data = Data(base64Encoded: text) else {
                throw DecodingError.dataCorruptedError(forKey: .cells, in: container, debugDescription: "cells is not Base64")
            }
            cells = [UInt8](data)
        } else {
            cells = try container.decode([UInt8].self, forKey: .cells)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Data(cells).base64EncodedString(), forKey: .cells)
    }

    /// Mean absolute difference of the cells, in grey levels (0 to 255).
    public func distance(to other: PictureSignature) -> Double {
        guard cells.count == other.cells.count else { return 255 }
        return Double(zip(cells, other.cells).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }) / Double(cells.count)
    }

    /// Pearson correlation of the cells: 1 for the same picture, lower for pages that only share
    /// a layout (white paper with text lines everywhere).
    public func correlation(with other: PictureSignature) -> Double {
        guard cells.count == other.cells.count, !cells.isEmpty else { return 0 }
        let n = Double(cells.count)
        let ma = Double(cells.reduce(0) { $0 + Int($1) }) / n, mb = Double(other.cells.reduce(0) { $0 + Int($1) }) / n
        var ab = 0.0, aa = 0.0, bb = 0.0
        for (x, y) in zip(cells, other.cells) {
            let da = Double(x) - ma, db = Double(y) - mb
            ab += da * db
            aa += da * da
            bb += db * db
        }
        return aa > 0 && bb > 0 ? ab / (aa * bb).squareRoot() : 0
    }

    /// Standard deviation of the cells: a blank or uniform page has almost none, and two of
    /// them look alike without being copies.
    public var spread: Double {
        let mean = Double(cells.reduce(0) { $0 + Int($1) }) / Double(cells.count)
        return (cells.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(cells.count)).squareRoot()
    }
}

/// What tells one document's file from another's: its content hash and its picture.
public struct DocumentIdentity: Sendable, Equatable {
    /// SHA-256 of the bytes read and the size (`ResultCache.contentHash`). Nil, without a result
    /// store, when no other document of the folder has the file's size (no other file can hold
    /// the same bytes then) and it is not the SOLICITUD (`ExpedienteChecker.filesToHash`):
    /// hashing every page cost about a sixth of a plain page's check (23 M of 131 M instructions
    /// for a 335 KB scan).
    public let contentHash: [UInt8]?
    public let picture: PictureSignature?
}
