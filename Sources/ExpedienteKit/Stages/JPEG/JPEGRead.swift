/// What the `jpeg` stage hands on: the marker layout of a JPEG file and its header, as libjpeg
/// reads it.
@dynamicMemberLookup
public struct JPEGRead: Sendable {
    public let file: FileRead
    public let layout: JPEGLayout
    public let headerResult: Result<JPEGHeader, JPEGError>

    public subscript<T>(dynamicMember path: KeyPath<FileRead, T>) -> T { file[keyPath: path] }

    public var jpegHeader: JPEGHeader? { try? headerResult.get() }

    /// The read stopped at the limit before the end of the image: what is missing was never read.
    public var imageCutByReadLimit: Bool { file.cut && layout.endOfImageOffset == nil }
}

enum JPEGStage {
    static func run(_ file: FileRead) -> JPEGRead {
        let header = Result { () throws(JPEGError) in try JPEGCodec.readHeader(file.bytes, limits: file.options.decodeLimits) }
        return JPEGRead(file: file, layout: JPEGLayout.parse(file.bytes), headerResult: header)
    }
}
