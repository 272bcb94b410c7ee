import Hummingbird
import Testing
@testable import ExpedienteServer

/// The names and origins the guard accepts, for the addresses `expediente serve` binds, and the
/// per-page keys and the turn of the checks.
struct RequestGuardTests {
    func guarding(_ host: String, port: Int = 8417, allowed: [String] = []) -> RequestGuard<BasicRequestContext> {
        let configuration = ServerConfiguration(host: host, port: port, allowedHosts: allowed)
        return RequestGuard(address: BoundAddress(host: host, port: port), allowedHosts: allowed,
                            loopback: configuration.isLoopback, tokens: PageTokens())
    }

    @Test func onLoopbackOnlyTheBoundAddressAndLocalhostWithItsPort() {
        let guarding = guarding("127.0.0.1")
        #expect(guarding.accepts(host: "127.0.0.1:8417"))
        #expect(guarding.accepts(host: "localhost:8417"))
        #expect(guarding.accepts(host: "LOCALHOST:8417"))
        for refused in ["127.0.0.1:8418", "localhost", "127.0.0.1", "evil.example:8417", "localhost.evil.example:8417", "10.0.0.5:8417", ""] {
            #expect(!guarding.accepts(host: refused), "\(refused)")
        }
        #expect(guarding.acceptsOrigin("http://127.0.0.1:8417"))
        #expect(guarding.acceptsOrigin("http://localhost:8417"))
        for refused in ["http://evil.example", "null", "file://", "http://127.0.0.1:8418", "ftp://127.0.0.1:8417"] {
            #expect(!guarding.acceptsOrigin(refused), "\(refused)")
        }
    }

    @Test func thePortIsTheOneBound() {
        let guarding = guarding("127.0.0.1", port: 0)
        guarding.address.bound(port: 40123)
        #expect(guarding.accepts(host: "127.0.0.1:40123"))
        #expect(!guarding.accepts(host: "127.0.0.1:0"))
    }

    @Test func onEveryInterfaceAnyIPAddressWithThePortAndTheAllowedNames() {
        let guarding = guarding("0.0.0.0", port: 8080, allowed: ["ventanilla.example:443"])
        for accepted in ["192.168.1.20:8080", "127.0.0.1:8080", "[::1]:8080", "[fe80::1]:8080", "ventanilla.example:443"] {
            #expect(guarding.accepts(host: accepted), "\(accepted)")
        }
        // A DNS name pointing here (a rebinding page) is not one of ours; nor is localhost off loopback.
        for refused in ["rebind.evil.example:8080", "localhost:8080", "192.168.1.20:9090", "ventanilla.example:8080"] {
            #expect(!guarding.accepts(host: refused), "\(refused)")
        }
        #expect(guarding.acceptsOrigin("https://ventanilla.example:443"))
    }

    @Test func onlyTheNewestKeysAreValid() {
        let tokens = PageTokens()
        let first = tokens.issue()
        #expect(tokens.isValid(first))
        #expect(!tokens.isValid(nil))
        #expect(!tokens.isValid(first.uppercased()))
        for _ in 0..<PageTokens.capacity { _ = tokens.issue() }
        #expect(!tokens.isValid(first))
    }

    @Test func aCheckBeyondTheQueueIsRefusedAsBusy() async throws {
        let limiter = CheckLimiter(limit: 1, waiting: 0)
        try await limiter.acquire()
        await #expect(throws: ServeError.busy) { try await limiter.acquire() }
        await limiter.release()
        try await limiter.acquire()
        await limiter.release()
    }

    @Test func multipartParametersKeepQuotedSemicolonsAndEscapes() {
        let parameters = MultipartForm.parameters(#"form-data; name="archivo"; filename="TITULO1; \"copia\".JPG""#)
        #expect(parameters["name"] == "archivo")
        #expect(parameters["filename"] == #"TITULO1; "copia".JPG"#)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"abc def\"") == "abc def")
        #expect(MultipartForm.boundary(contentType: "application/json") == nil)
    }
}
