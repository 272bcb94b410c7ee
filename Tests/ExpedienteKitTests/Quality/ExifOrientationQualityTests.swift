@testable import ExpedienteKit
@testable import ExpedienteSamples
import Testing

/// A page stored sideways with an Exif orientation is measured as it is shown: upright, so no
/// quality.rotated; the tag itself gets the aviso jpeg.exif_orientation. The same pixels
/// without the tag are a sideways page.
@Suite struct ExifOrientationQualityTests {
    @Test(arguments: [6, 8, 3])
    func aPageTurnedByItsTagIsMeasuredAsShown(orientation: Int) throws {
        let tagged = try ExampleFolder.turned(.servicioSocial, PageRecipe(), orientation: orientation)
        let checked = try Checking.checkAlone("SERVICIOSOCIAL.JPG", bytes: tagged)
        let checks = checked.observations.compactMap(\.checkID)
        #expect(!checks.contains(.qualityRotated), "\(checked.observations.map(\.message))")
        let aviso = try #require(checked.observations.first { $0.checkID == .jpegExifOrientation })
        #expect(aviso.severity == .aviso)
        #expect(aviso.actual == "orientación \(orientation)")
        #expect(checked.status == .enProcesoDeValidacion)
    }

    @Test func theSamePixelsWithoutTheTagAreASidewaysPage() throws {
        let tagged = try ExampleFolder.turned(.servicioSocial, PageRecipe(), orientation: 6)
        let untagged = try #require(JPEGSegmentsStripper.withoutExif(tagged))
        let checked = try Checking.checkAlone("SERVICIOSOCIAL.JPG", bytes: untagged)
        let checks = checked.observations.compactMap(\.checkID)
        #expect(checks.contains(.qualityRotated))
        #expect(!checks.contains(.jpegExifOrientation))
    }
}

/// The APP1 Exif segment taken out of a JPEG, every other byte kept.
enum JPEGSegmentsStripper {
    static func withoutExif(_ jpeg: [UInt8]) -> [UInt8]? {
        var i = 2
        while i + 4 <= jpeg.count, jpeg[i] == 0xFF {
            let marker = jpeg[i + 1]
            let length = Int(jpeg[i + 2]) << 8 | Int(jpeg[i + 3])
            if marker == 0xE1 { return Array(jpeg[..<i]) + jpeg[(i + 2 + length)...] }
            if marker == 0xDA { return nil }
            i += 2 + length
        }
        return nil
    }
}
