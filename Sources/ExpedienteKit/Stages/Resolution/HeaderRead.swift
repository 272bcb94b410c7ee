/// What the `resolution` stage hands on: a JPEG whose header libjpeg read, with its resolution,
/// declared or inferred from the page size (nil when neither tells).
@dynamicMemberLookup
public struct HeaderRead: Sendable {
    public let jpeg: JPEGRead
    public let header: JPEGHeader
    public let resolution: ResolutionEstimate?

    public subscript<T>(dynamicMember path: KeyPath<JPEGRead, T>) -> T { jpeg[keyPath: path] }
}

enum ResolutionStage {
    static func run(_ jpeg: JPEGRead, header: JPEGHeader) -> HeaderRead {
        HeaderRead(jpeg: jpeg, header: header, resolution: ResolutionEstimate.estimate(header: header, layout: jpeg.layout))
    }
}
