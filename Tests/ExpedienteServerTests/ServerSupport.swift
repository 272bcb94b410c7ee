import ExpedienteKit
import ExpedienteServer
import Foundation
import Hummingbird
import HTTPTypes
import Logging
import NIOCore
import NIOEmbedded
import Testing

/// The repository, its rules and sample folders, and a client of the router in process: the
/// requests go through the same router and middleware as `expediente serve`, without a socket.
enum ServerSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rules = repository.appendingPathComponent("Rules")
    static func sample(_ name: String) -> URL { repository.appendingPathComponent("SampleDocs").appendingPathComponent(name) }

    /// The router test client names the server `localhost` (no port); the page is accepted
    /// under that name only because the configuration allows it, as `--allow-host` would.
    static let origin = "http://localhost"

    static func configuration(limits: UploadLimits? = nil, allowedHosts: [String] = ["localhost"]) -> ServerConfiguration {
        ServerConfiguration(host: "127.0.0.1", port: 8080, allowedHosts: allowedHosts, rules: rules, limits: limits)
    }

    /// A client of the router of `expediente serve` with this configuration.
    static func client(_ configuration: ServerConfiguration = configuration()) throws -> RouterClient {
        RouterClient(responder: try ExpedienteServer(configuration: configuration).makeRouter().buildResponder())
    }

    /// The page's key, as the page's script reads it from its `<meta>`.
    static func token(_ client: RouterClient) async throws -> String {
        try await client.execute(uri: "/", method: .get) { response async throws in
            let page = String(buffer: response.body)
            guard let start = page.range(of: "<meta name=\"expediente-token\" content=\""),
                  let end = page[start.upperBound...].firstIndex(of: "\"") else { return "" }
            return String(page[start.upperBound..<end])
        }
    }

    /// The files of a folder as (name, bytes), in name order.
    static func files(of folder: URL) throws -> [(String, [UInt8])] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0))))
        }
    }
}

/// A `multipart/form-data` body as a browser's `FormData` sends it.
struct MultipartBody {
    let boundary = "----expedienteBoundary7MA4YWxkTrZu0gW"
    var bytes: [UInt8] = []

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func field(_ name: String, _ value: String) {
        bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    mutating func file(_ name: String, _ content: [UInt8]) {
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"\(escaped)\"\r\nContent-Type: image/jpeg\r\n\r\n".utf8)
        bytes += content
        bytes += Array("\r\n".utf8)
    }

    var body: ByteBuffer { ByteBuffer(bytes: bytes + Array("--\(boundary)--\r\n".utf8)) }

    static func folder(_ url: URL, fields: [(String, String)] = []) throws -> MultipartBody {
        var body = MultipartBody()
        for (name, value) in fields { body.field(name, value) }
        for (name, content) in try ServerSupport.files(of: url) { body.file(name, content) }
        return body
    }
}

extension RouterClient {
    /// A POST as the page sends it: same origin, with the page's key.
    func post(_ uri: String, _ body: MultipartBody, token: String, origin: String? = ServerSupport.origin,
              extra: HTTPFields = [:]) async throws -> RouterResponse {
        var headers: HTTPFields = [.contentType: body.contentType]
        if let origin { headers[.origin] = origin }
        headers[HTTPField.Name("X-Expediente-Token")!] = token
        for field in extra { headers[field.name] = field.value }
        return try await execute(uri: uri, method: .post, headers: headers, body: body.body)
    }
}

/// The `error.code` and `error.message` of a refusal.
func refusal(_ response: RouterResponse) throws -> (code: String, message: String) {
    let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
    let error = object?["error"] as? [String: Any]
    return (error?["code"] as? String ?? "", error?["message"] as? String ?? "")
}

func json(_ response: RouterResponse) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any] ?? [:]
}

/// Requests handed to the router's responder in process, as Hummingbird's router test framework
/// does, without its testing module (which brings an HTTP client and TLS to build). The request
/// names the server `localhost`, as that framework does.
struct RouterClient: Sendable {
    let responder: RouterResponder<BasicRequestContext>
    private let logger = Logger(label: "expediente-serve-tests")

    init(responder: RouterResponder<BasicRequestContext>) { self.responder = responder }

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> RouterResponse {
        var headers = headers
        if let body { headers[.contentLength] = String(body.readableBytes) }
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
                              body: RequestBody(buffer: body ?? ByteBuffer()))
        let context = BasicRequestContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: logger))
        let response = try await responder.respond(to: request, context: context)
        let collected = CollectedBody()
        try await response.body.write(BodyCollector(collected: collected))
        return RouterResponse(status: response.status, headers: response.headers, body: collected.buffer)
    }

    func execute<Value>(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
                        _ test: (RouterResponse) async throws -> Value) async throws -> Value {
        try await test(execute(uri: uri, method: method, headers: headers, body: body))
    }
}

/// What the router answered: status, headers and the whole body.
struct RouterResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer
}

private final class CollectedBody: @unchecked Sendable {
    var buffer = ByteBuffer()
}

private struct BodyCollector: ResponseBodyWriter {
    let collected: CollectedBody
    mutating func write(_ buffer: ByteBuffer) async throws { collected.buffer.writeImmutableBuffer(buffer) }
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
