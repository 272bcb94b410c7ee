@testable import ExpedienteKit
@testable import ExpedienteSamples
import Foundation
import Synchronization

/// Builds the folder of one `CheckExample` with the sample generator's real pages.
enum ExampleFolder {
    static func make(_ input: ExampleInput) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        switch input {
        case .page(let document, let recipe):
            try folder.write("\(document).JPG", page(document, recipe))
        case .file(let name, let document, let recipe):
            try folder.write(name, page(document ?? "CURP", recipe))
        case .foreign(let fixture, let document):
            try folder.write("\(document).JPG", foreign(fixture, document))
        case .unreadable(let document):
            let url = try folder.write("\(document).JPG", page(document, PageRecipe()))
            chmod(url.path, 0)
        case .undecodableName(let document):
            let path = RawName.bytes(of: folder.url) + Array("/\(document)".utf8) + [0xFF] + Array(".JPG".utf8)
            let bytes = try page(document, PageRecipe())
            let fd = RawName.withCString(path) { open($0, O_CREAT | O_WRONLY, 0o644) }
            guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        case .directory(let document):
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("\(document).JPG"), withIntermediateDirectories: false)
        case .copies(let names, let document):
            for name in names { try folder.write(name, page(document, PageRecipe())) }
        case .absent:
            break
        case .registro(let text, let pages):
            try folder.write("REGISTRO.yaml", text: text)
            for (document, recipe) in pages { try folder.write("\(document).JPG", page(document, recipe)) }
        case .registroLater(let text, let seconds, let pages):
            let written = Date(timeIntervalSinceNow: -2 * 86_400)
            for (document, recipe) in pages {
                let url = try folder.write("\(document).JPG", page(document, recipe))
                try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: url.path)
            }
            try folder.write("REGISTRO.yaml", text: text)
            try FileManager.default.setAttributes([.modificationDate: written.addingTimeInterval(TimeInterval(seconds))],
                                                  ofItemAtPath: folder.url.appendingPathComponent("REGISTRO.yaml").path)
        }
        return folder
    }

    /// Pages are cached by recipe: most examples that do not trigger share the clean page.
    private static let cache = Mutex<[String: [UInt8]]>([:])

    static func page(_ document: String, _ recipe: PageRecipe) throws -> [UInt8] {
        if let original = recipe.copyOf {
            var again = recipe
            again.copyOf = nil
            again.quality = min(95, recipe.quality + 15)
            return try page(original, again)
        }
        let key = "\(document) \(recipe)"
        if let bytes = cache.withLock({ $0[key] }) { return bytes }
        guard let kind = SampleDocumentKind(rawValue: document) else { throw SampleError.unknownKind(document) }
        var bytes = try recipe.exifOrientation.map { try turned(kind, recipe, orientation: $0) }
            ?? SampleWriter.bytes(for: content(kind, recipe))
        if recipe.damage == .withoutQuantisationTables { bytes = HostileBytes.removing(0xDB, from: bytes) }
        if let target = recipe.paddedTo { bytes = try padded(bytes, to: target) }
        Self.cache.withLock { $0[key] = bytes }
        return bytes
    }

    /// The generator's description of the page the recipe asks for.
    static func content(_ kind: SampleDocumentKind, _ recipe: PageRecipe) -> SampleContent {
        var options = PageOptions(kind: kind, dpi: recipe.dpi, quality: recipe.quality, color: recipe.color)
        options.cmyk = recipe.cmyk
        options.arithmetic = recipe.arithmetic
        options.density = switch recipe.density {
        case .declared: .jfifInch
        case .dpi(let dpi): .jfif(unit: .perInch, x: dpi, y: dpi)
        case .aspectOnly: .aspectOnly
        }
        options.qr = switch recipe.qr {
        case .standard: .standard
        case .none: .none
        case .smudged: .damaged(kind.qrPayload(for: .standard) ?? Array("https://example.com/qr".utf8))
        case .smallModules(let size): .smallModules(size)
        case .text(let text): .payload(Array(text.utf8))
        }
        options.degradations = recipe.defects.enumerated().map { index, defect in
            switch defect {
            case .blank: .blank(paper: 246)
            case .blur(let sigma): .blur(sigma: sigma)
            case .noise(let sigma): .noise(sigma: sigma, seed: UInt64(index + 1))
            case .contrast(let factor): .contrast(factor: factor)
            case .brightness(let factor): .brightness(factor: factor)
            case .quarterTurn: .quarterTurn
            case .halfTurn: .halfTurn
            case .onTable(let scale): .onTable(scale: scale, table: 60)
            }
        }
        return switch recipe.damage {
        case nil, .withoutQuantisationTables?: .page(options)
        case .truncated(let fraction)?: .damaged(options, .truncated(fraction: fraction))
        case .corruptedScan(let bytes)?: .damaged(options, .corruptedScan(byteCount: bytes))
        case .appendedZip?: .damaged(options, .appendedZip)
        }
    }

    /// The page stored so that its Exif `orientation` shows it upright, with the tag.
    static func turned(_ kind: SampleDocumentKind, _ recipe: PageRecipe, orientation: Int) throws -> [UInt8] {
        guard case .page(let options) = content(kind, recipe) else { throw SampleError.unknownKind(kind.rawValue) }
        let stored = ExifOrientation.apply(ExifOrientation.inverse(orientation), to: try SamplePages.raster(options))
        return try JPEGCodec.encode(stored, quality: options.quality, density: PixelDensity(unit: .perInch, x: Double(options.dpi), y: Double(options.dpi)),
                                    extraMarkers: [(0xE1, ExifOrientation.makeExifPayload(orientation: UInt16(orientation)))])
    }

    /// `jpeg` with COM segments after its start of image, `size` bytes in all.
    static func padded(_ jpeg: [UInt8], to size: Int) throws -> [UInt8] {
        var missing = size - jpeg.count
        guard missing == 0 || missing >= 4 else { throw CocoaError(.fileWriteUnknown) }
        var comments: [UInt8] = []
        while missing > 0 {
            // A segment is 4 bytes of marker and length plus at most 65,533 of payload; never leave 1-3 bytes over.
            var payload = min(missing - 4, 65_533)
            if (1...3).contains(missing - (payload + 4)) { payload -= 4 }
            comments += [0xFF, 0xFE, UInt8((payload + 2) >> 8), UInt8((payload + 2) & 0xFF)] + [UInt8](repeating: 0x20, count: payload)
            missing -= payload + 4
        }
        return Array(jpeg.prefix(2)) + comments + jpeg.dropFirst(2)
    }

    private static func foreign(_ fixture: ForeignFixture, _ document: String) throws -> [UInt8] {
        switch fixture {
        case .empty: []
        case .pdf: ForeignFormats.pdf(text: document)
        case .heic: ForeignFormats.heic()
        case .text: ForeignFormats.plainText("\(document)\n")
        case .photo: try SamplePhoto.jpeg()
        case .png:
            try SampleWriter.bytes(for: .foreign(.png(PageOptions(kind: SampleDocumentKind(rawValue: document) ?? .curp, dpi: 100))))
        }
    }
}
