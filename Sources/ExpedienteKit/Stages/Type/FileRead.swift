/// What the `type` stage hands on: the bytes read (at most `options.maxReadBytes`) and what
/// libmagic says they are, or why the file could not be read.
@dynamicMemberLookup
public struct FileRead: Sendable {
    public let subject: DocumentSubject
    public let bytes: [UInt8]
    /// The file holds more than `options.maxReadBytes`: `bytes` is only its beginning.
    public let cut: Bool
    public let content: ContentType?

    public subscript<T>(dynamicMember path: KeyPath<DocumentSubject, T>) -> T { subject[keyPath: path] }

    /// The content is a JPEG according to libmagic.
    public var isJPEG: Bool { content?.isJPEG ?? false }
}

/// The file could not be read; `reason` is in Spanish.
public struct UnreadableFile: Error, Sendable {
    public let subject: DocumentSubject
    public let reason: String
}

/// The output of the `type` stage, which its checks read.
public typealias FileReading = Result<FileRead, UnreadableFile>

enum TypeStage {
    /// Reads the file (or takes the bytes the result store already read) and detects its type.
    static func run(_ subject: DocumentSubject, prefetched: BoundedReader.Result?) -> FileReading {
        let read = prefetched.map { .success($0) } ?? BoundedReader.read(path: subject.entry.path, limit: subject.options.maxReadBytes)
        switch read {
        case .success(let result):
            var content = MagicDetector.detect(result.bytes)
            // libmagic needs FF D8 FF plus a byte; a JPEG cut after 2 or 3 bytes is still a
            // (truncated) JPEG, not the "text" libmagic says.
            if content?.isJPEG != true, result.bytes.starts(with: [0xFF, 0xD8]), result.bytes.count < 4 {
                content = ContentType(mime: "image/jpeg", description: "JPEG image data (start of image only)")
            }
            return .success(FileRead(subject: subject, bytes: result.bytes, cut: result.cut, content: content))
        case .failure(let failure):
            return .failure(UnreadableFile(subject: subject, reason: failure.spanish))
        }
    }
}
