import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// The per-page keys: each `GET /` gets a new random one, embedded in the page, and every POST
/// must carry one that this server issued (`X-Expediente-Token`). Another site cannot read the
/// page (no CORS header), so it cannot learn a key. The newest 512 are kept.
final class PageTokens: Sendable {
    private let state = Mutex<(order: [String], valid: Set<String>)>(([], []))
    static let capacity = 512

    func issue() -> String {
        var generator = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
        state.withLock { state in
            state.order.append(token)
            state.valid.insert(token)
            if state.order.count > Self.capacity { state.valid.remove(state.order.removeFirst()) }
        }
        return token
    }

    func isValid(_ token: String?) -> Bool {
        guard let token else { return false }
        return state.withLock { $0.valid.contains(token) }
    }
}

/// The address the server answers to once bound (the real port when it bound port 0).
final class BoundAddress: Sendable {
    private let port: Mutex<Int>
    let host: String

    init(host: String, port: Int) {
        self.host = host
        self.port = Mutex(port)
    }

    var currentPort: Int { port.withLock { $0 } }
    func bound(port value: Int) { port.withLock { $0 = value } }
}

/// Refuses what a page of another site, or a DNS-rebinding name, could send:
/// - every request: the `Host` (HTTP/1.1) or authority must be the bound address and port, on
///   loopback also `localhost:PORT`, or a name given with `--allow-host`; with `0.0.0.0`, any IP
///   address with the port (a rebinding attack needs a DNS name);
/// - every POST: `Origin` must be present and be `http://` (or `https://`, behind a proxy) plus an
///   accepted host, and `X-Expediente-Token` a key issued with the page.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let address: BoundAddress
    let allowedHosts: [String]
    let loopback: Bool
    let tokens: PageTokens

    static var tokenField: HTTPField.Name { HTTPField.Name("X-Expediente-Token")! }
    /// HTTP/1.1 gives the name as the authority; a Host field as well must agree.
    static var hostField: HTTPField.Name { HTTPField.Name("Host")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let names = [request.head.authority, request.headers[Self.hostField]].compactMap { $0 }
        guard !names.isEmpty else { throw ServeError.hostRefused("") }
        for name in names where !accepts(host: name) { throw ServeError.hostRefused(name) }
        if request.method != .get && request.method != .head {
            guard let origin = request.headers[.origin], acceptsOrigin(origin) else { throw ServeError.originRefused }
            guard tokens.isValid(request.headers[Self.tokenField]) else { throw ServeError.tokenRefused }
        }
        return try await next(request, context)
    }

    func accepts(host: String) -> Bool {
        let name = host.lowercased()
        if allowedHosts.contains(where: { $0.lowercased() == name }) { return true }
        let port = address.currentPort
        if name == "\(address.host):\(port)" || name == "[\(address.host)]:\(port)" { return true }
        if loopback { return name == "localhost:\(port)" }
        if address.host == "0.0.0.0" || address.host == "::" {
            // Any IP literal with our port: a rebinding page needs a DNS name.
            let suffix = ":\(port)"
            guard name.hasSuffix(suffix) else { return false }
            var ip = String(name.dropLast(suffix.count))
            if ip.hasPrefix("["), ip.hasSuffix("]") { ip = String(ip.dropFirst().dropLast()) }
            var v4 = in_addr()
            var v6 = in6_addr()
            return inet_pton(AF_INET, ip, &v4) == 1 || inet_pton(AF_INET6, ip, &v6) == 1
        }
        return false
    }

    func acceptsOrigin(_ origin: String) -> Bool {
        let lower = origin.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            return accepts(host: String(lower.dropFirst(scheme.count)))
        }
        return false
    }
}

/// At most `limit` checks at once (the core count); up to `waiting` more wait their turn, in
/// order, and one more is refused as busy.
actor CheckLimiter {
    let limit: Int
    let waiting: Int
    private var running = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    init(limit: Int, waiting: Int) {
        self.limit = limit
        self.waiting = waiting
    }

    func acquire() async throws(ServeError) {
        if running < limit {
            running += 1
            return
        }
        guard queue.count < waiting else { throw .busy }
        await withCheckedContinuation { queue.append($0) }
    }

    func release() {
        if queue.isEmpty {
            running -= 1
        } else {
            queue.removeFirst().resume()
        }
    }
}
