import Testing
@testable import ExpedienteKit
@testable import ExpedienteSamples

/// Photos of QR codes on objects (the photo categories of `QRScanSet`): each is drawn by the
/// generator, encoded through libjpeg and read back with zbar through `QRScanner`. The photos
/// are drawn smaller than in the bench (`canvasScale`) to keep the debug build's tests short.
@Suite struct ImagingQRPhotoTests {
    static func photo(_ category: String, item: Int, canvasScale: Double = 1.5) throws -> (payload: [UInt8], image: GrayImage) {
        let index = try #require(QRScanSet.categories.firstIndex { $0.name == category })
        var random = SplitMix64(seed: 1 &* 0x9E37_79B9 &+ UInt64(index * 10_000 + item))
        let (entry, matrix) = try QRScanSet.scan(QRScanSet.categories[index], item: item, random: &random)
        var degradation = entry.degradation
        degradation.photo?.canvasScale = canvasScale
        let gray = QRScanRenderer.render(matrix, degradation, seed: random.next())
        let jpeg = try JPEGCodec.encode(RasterImage(gray), quality: degradation.quality, density: nil)
        return (entry.payload, try JPEGCodec.decodeGray(jpeg).image)
    }

    static func reads(_ payload: [UInt8], _ image: GrayImage) -> Bool {
        QRScanner.read(image).codes.contains { $0.bytes == payload }
    }

    @Test func photoCategoriesDrawSmallSymbolsInALargerPhoto() throws {
        let (entry, jpeg) = try QRScanSet.scan(categoryIndex: QRScanSet.categories.count - 1, item: 0, seed: 1)
        let image = try JPEGCodec.decodeGray(jpeg).image
        let symbol = entry.degradation.moduleSize * Double(17 + 4 * entry.version)
        #expect(entry.file.hasPrefix("tela/") && (200...320).contains(symbol.rounded()))
        #expect(Double(image.height) > 2 * symbol && image.width == image.height * 4 / 3)
        #expect((2...10).contains(entry.version))
    }

    @Test func smallPhotoOnADarkClutteredSurroundIsRead() throws {
        let (payload, image) = try Self.photo("foto-pequena-fondo-oscuro", item: 0)
        #expect(Self.reads(payload, image))
    }

    @Test func codeOnACylinderIsReadThroughItsTimingPatterns() throws {
        let (payload, image) = try Self.photo("superficie-curva", item: 3)
        #expect(!ImagingQRFallbackTests.firstPassReads(image))
        #expect(Self.reads(payload, image))
        // The mesh of the timing patterns alone, resampled upright, reads it.
        let found = QRFinderDetector.candidates(in: image)
        let corners = try #require(QRFinderDetector.triangle(among: found) ?? QRMeshSampler.looseTriangle(among: found))
        let meshes = [true, false].compactMap { QRMeshSampler.rectified(image, corners: corners, inverted: false, correct: $0) }
        #expect(meshes.contains { mesh in QRScanner.scanOnce(mesh.image).contains { $0.bytes == payload } })
    }

    /// A version 7 code on a cylinder: the bottom-right alignment pattern alone leaves the
    /// middle of the mesh off its modules; measuring every alignment pattern (`grid`) puts the
    /// grid on them, and the project's own decoder reads it exactly.
    @Test func everyAlignmentPatternCorrectsItsCellOfACurvedMesh() throws {
        let (payload, image) = try Self.photo("superficie-curva", item: 13)
        let found = QRFinderDetector.candidates(in: image)
        let corners = try #require(QRFinderDetector.triangle(among: found) ?? QRMeshSampler.looseTriangle(among: found))
        func ownRead(grid: Bool) throws -> [UInt8]? {
            let surface = try #require(QRMeshSampler.surface(image, corners: corners, inverted: false, grid: grid))
            #expect(surface.n == 45 && (surface.offsets != nil) == grid)
            let levels = try #require(QRGridSampler.meanLevels(image, n: surface.n, inverted: false, point: surface.point))
            return QRSegmentReader.decode(levels: levels, n: surface.n).map { QRSegmentReader.zbarBytes($0) ?? $0.flatMap(\.bytes) }
        }
        #expect(try ownRead(grid: false) != payload)
        #expect(try ownRead(grid: true) == payload)
        #expect(Self.reads(payload, image))
    }

    /// Between alignment centres the offsets are bilinear, zero on the timing lines.
    @Test func alignmentOffsetsAreBilinearBetweenCentres() {
        let offsets = QRMeshSampler.AlignmentOffsets(centres: [6.5, 22.5, 38.5], values: [
            [(0, 0), (0, 0), (0, 0)],
            [(0, 0), (4, -2), (8, 0)],
            [(0, 0), (2, 2), (6, 6)],
        ])
        #expect(offsets.at(6.5, 30).0 == 0 && offsets.at(30, 6.5).1 == 0)
        #expect(offsets.at(22.5, 22.5) == (4, -2))
        let middle = offsets.at(30.5, 30.5)
        #expect(middle.0 == (4 + 8 + 2 + 6) / 4.0 && middle.1 == (-2 + 0 + 2 + 6) / 4.0)
    }

    /// A finder's dark ring ending at x = 60 where the quiet zone starts: the edge is found 40 px
    /// out from a centre at x = 20 (a cylinder's compressed edge modules are measured, not
    /// extrapolated); with no light step there is none.
    @Test func outerEdgeOfAFinderIsWhereItsRingMeetsTheQuietZone() {
        let width = 200, height = 20
        let edged = GrayImage(width: width, height: height, pixels: (0..<(width * height)).map { $0 % width < 60 ? 40 : 220 })
        let distance = QRMeshSampler.outerEdge(edged, from: (20, 10), direction: (1, 0), spacing: 10, inverted: false)
        #expect(distance.map { abs($0 - 40) < 1.5 } == true)
        let dark = GrayImage(width: width, height: height, pixels: [UInt8](repeating: 40, count: width * height))
        #expect(QRMeshSampler.outerEdge(dark, from: (20, 10), direction: (1, 0), spacing: 10, inverted: false) == nil)
    }

    @Test func codeOnLowContrastTexturedClothIsRead() throws {
        let (payload, image) = try Self.photo("tela", item: 10)
        #expect(!ImagingQRFallbackTests.firstPassReads(image))
        #expect(Self.reads(payload, image))
    }
}
