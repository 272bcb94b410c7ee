import Dispatch
import ExpedienteKit
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The Hummingbird application of `expediente serve`: the page and its API.
///
/// | route | request | answer |
/// | --- | --- | --- |
/// | `GET /` | — | the page (HTML, with its key) |
/// | `POST /api/revisar` | multipart: `archivo`×N, `convocatoria`, `perfil`, `registro` | `expediente-serve/1` JSON |
/// | `POST /api/corregir` | the same | `application/zip`: `expediente-corregido/` and the fix reports |
/// | `POST /api/informe` | the same and `formato` (`html` or `json`) | the report to download |
///
/// Every request passes `RequestGuard` (Host, Origin, key); every upload is limited by
/// `UploadLimits` and lives in an `UploadFolder` removed before the answer leaves.
public struct ExpedienteServer: Sendable {
    public let configuration: ServerConfiguration
    let service: ExpedienteService
    let tokens = PageTokens()
    let address: BoundAddress
    let limiter: CheckLimiter

    public init(configuration: ServerConfiguration) throws(ExpedienteError) {
        self.configuration = configuration
        service = try ExpedienteService(configuration: configuration)
        address = BoundAddress(host: configuration.host, port: configuration.port)
        limiter = CheckLimiter(limit: configuration.limits.maxConcurrentChecks, waiting: configuration.limits.maxWaiting)
    }

    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestGuard(address: address, allowedHosts: configuration.allowedHosts,
                                            loopback: configuration.isLoopback, tokens: tokens))
        let page = ServePage(calls: service.library.calls(), newest: service.newest, limits: configuration.limits)
        let tokens = self.tokens
        router.get("/") { _, _ -> Response in
            let token = tokens.issue()
            var headers = ServeResponse.headers(contentType: "text/html; charset=utf-8")
            headers[.contentSecurityPolicy] = ServePage.contentSecurityPolicy
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.html(token: token))))
        }
        let service = self.service
        router.post("/api/revisar") { request, _ -> Response in
            let json = try await upload(request) { choices, folder, _ throws(ServeError) in try service.check(choices, upload: folder) }
            return ServeResponse.json(json)
        }
        router.post("/api/corregir") { request, _ -> Response in
            let zip = try await upload(request) { choices, folder, _ throws(ServeError) in try service.fix(choices, upload: folder) }
            return ServeResponse.bytes(zip, contentType: "application/zip", download: "expediente-corregido.zip")
        }
        router.post("/api/informe") { request, _ -> Response in
            let (body, format) = try await upload(request) { choices, folder, fields throws(ServeError) -> (String, OutputFormat) in
                let format: OutputFormat
                switch fields["formato"] ?? "html" {
                case "html": format = .html
                case "json": format = .json
                default: throw ServeError.badField("formato", "debe ser html o json.")
                }
                return (try service.informe(choices, upload: folder, format: format), format)
            }
            let data = Data(body.utf8)
            return format == .html
                ? ServeResponse.bytes(data, contentType: "text/html; charset=utf-8", download: "informe.html")
                : ServeResponse.bytes(data, contentType: "application/json; charset=utf-8", download: "informe.json")
        }
        return router
    }

    /// One upload: wait for a turn (so at most `maxConcurrentChecks` bodies are held at once),
    /// read the body within the limits, write the files into a private folder, run `work` on a
    /// thread of its own (the checker is synchronous and uses every core) and remove the folder.
    func upload<T: Sendable>(
        _ request: Request,
        _ work: @escaping @Sendable (ExpedienteService.Choices, UploadFolder, [String: String]) throws(ServeError) -> T
    ) async throws -> T {
        let limits = configuration.limits
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) else { throw ServeError.notMultipart }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limits.maxTotalBytes {
            throw ServeError.requestTooLarge(limits.maxTotalBytes)
        }
        try await limiter.acquire()
        do {
            let result = try await withUpload(request, boundary: boundary, limits: limits, work)
            await limiter.release()
            return result
        } catch {
            await limiter.release()
            throw error
        }
    }

    private func withUpload<T: Sendable>(
        _ request: Request, boundary: String, limits: UploadLimits,
        _ work: @escaping @Sendable (ExpedienteService.Choices, UploadFolder, [String: String]) throws(ServeError) -> T
    ) async throws -> T {
        var body = [UInt8]()
        for try await buffer in request.body {
            guard body.count + buffer.readableBytes <= limits.maxTotalBytes else { throw ServeError.requestTooLarge(limits.maxTotalBytes) }
            body.append(contentsOf: buffer.readableBytesView)
        }
        let form = try MultipartForm.parse(body, boundary: boundary, limits: limits)
        body = []
        guard !form.files.isEmpty else { throw ServeError.noFiles }
        let choices = ExpedienteService.Choices(fields: form.fields)
        let fields = form.fields
        let files = form.files.map { ($0.name, Array($0.bytes)) }
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            DispatchQueue.global(qos: .userInitiated).async {
                let result: Result<T, any Error>
                do {
                    let folder = try UploadFolder()
                    do {
                        try folder.write(files.map { MultipartForm.FilePart(name: $0.0, bytes: $0.1[...]) })
                        result = .success(try work(choices, folder, fields))
                    } catch {
                        result = .failure(error)
                    }
                    // Removed before the answer leaves, on success and on error alike.
                    folder.remove()
                } catch {
                    result = .failure(error)
                }
                continuation.resume(with: result)
            }
        }
    }

    /// The application bound to the configured address; `onRunning` receives the real port.
    public func makeApplication(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        UploadFolder.sweepStale()
        let address = self.address
        return Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                address.bound(port: port)
                await onRunning(port)
            },
            logger: {
                var logger = Logger(label: "expediente-serve")
                logger.logLevel = .warning
                return logger
            }()
        )
    }
}
