import ExpedienteKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sample expediente as written to disk.
public struct SampleFolder: Sendable, Equatable {
    public let name: String
    /// What the folder demonstrates, one line in Spanish.
    public let description: String
    /// Participant profile to check it with; nil: the base profile.
    public let perfil: String?
}

/// Writes the sample expedientes (`SampleDocs/`). Deterministic: every run writes the same bytes.
public enum SampleWriter {
    public static let catalog: [SampleFolderSpec] = SampleCatalog.folders

    /// Writes one sub-folder per catalog entry into `directory` (created if needed), replacing
    /// any earlier folder of the same name and touching nothing else. Returns the folders in order.
    @discardableResult
    public static func write(to directory: URL) throws -> [SampleFolder] {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        var cache = try PageCache.rendering(catalog.flatMap { $0.files.map(\.content) })
        for spec in catalog {
            let folder = directory.appendingPathComponent(spec.name, isDirectory: true)
            if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
            try manager.createDirectory(at: folder, withIntermediateDirectories: false)
            for file in spec.files {
                try writeFile(bytes(for: file.content, cache: &cache), path: folder.path + "/" + file.name)
            }
            try writeFile(Array(spec.registroText.utf8), path: folder.path + "/REGISTRO.yaml")
        }
        return catalog.map(\.folder)
    }

    /// The bytes of one catalog file.
    public static func bytes(for content: SampleContent) throws -> [UInt8] {
        var cache = PageCache()
        return try bytes(for: content, cache: &cache)
    }

    static func bytes(for content: SampleContent, cache: inout PageCache) throws -> [UInt8] {
        switch content {
        case .page(let options):
            return try cache.jpeg(options)
        case .damaged(let options, let damage):
            return try SampleDamage.apply(damage, to: cache.jpeg(options), cache: &cache)
        case .foreign(let foreign):
            switch foreign {
            case .png(let options):
                var raster = try SamplePages.raster(options)
                if raster.components == 3 { raster = raster.grayscale() }
                return ForeignFormats.png(GrayImage(width: raster.width, height: raster.height, pixels: raster.pixels))
            case .pdf(let text): return ForeignFormats.pdf(text: text)
            case .heic: return ForeignFormats.heic()
            case .gif: return ForeignFormats.gif()
            case .text(let text): return ForeignFormats.plainText(text)
            case .photo: return try SamplePhoto.jpeg()
            }
        }
    }

    /// Writes with POSIX calls so the name's bytes (NFC or NFD) reach the disk unchanged.
    static func writeFile(_ bytes: [UInt8], path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw SampleError.writeFailed(path: path, errno: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { posixWrite(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw SampleError.writeFailed(path: path, errno: errno) }
            offset += written
        }
    }
}

private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// Pages shared by several folders are rendered once per `write`.
struct PageCache {
    private var entries: [PageOptions: [UInt8]] = [:]

    /// A cache holding every distinct page of `contents`, rendered on all cores: rendering is
    /// nearly all the work of writing the samples, and each page is independent of the others.
    static func rendering(_ contents: [SampleContent]) throws -> PageCache {
        var options: [PageOptions] = []
        for content in contents {
            switch content {
            case .page(let page): options.append(page)
            case .damaged(let page, let damage):
                options.append(page)
                if case .appendedJPEG(let other) = damage { options.append(other) }
            case .foreign: break
            }
        }
        var seen = Set<PageOptions>()
        let distinct = options.filter { seen.insert($0).inserted }
        let rendered = ResultSlots<Result<[UInt8], any Error>>(count: distinct.count, initial: .success([]))
        DispatchQueue.concurrentPerform(iterations: distinct.count) { index in
            rendered[index] = Result { try SamplePages.jpeg(distinct[index]) }
        }
        var cache = PageCache()
        for (page, result) in zip(distinct, rendered.values) { cache.entries[page] = try result.get() }
        return cache
    }

    mutating func jpeg(_ options: PageOptions) throws -> [UInt8] {
        if let cached = entries[options] { return cached }
        let bytes = try SamplePages.jpeg(options)
        entries[options] = bytes
        return bytes
    }
}

extension RasterImage {
    /// BT.601 luma of an RGB raster.
    func grayscale() -> RasterImage {
        guard components == 3 else { return self }
        let gray = (0..<(width * height)).map { i in
            Ink(r: pixels[3 * i], g: pixels[3 * i + 1], b: pixels[3 * i + 2]).gray
        }
        return RasterImage(width: width, height: height, components: 1, pixels: gray)
    }
}
