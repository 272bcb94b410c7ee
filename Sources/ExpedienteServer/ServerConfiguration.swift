import ExpedienteKit
import Foundation

/// What `expediente serve` is started with: where it listens, which rules it applies and the
/// limits of every request.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback by default. `0.0.0.0` serves a validator office or a kiosk
    /// behind a reverse proxy, with the same limits.
    public var host: String
    /// 0 binds a free port; the real one is known once the server runs.
    public var port: Int
    /// Other names the page may be opened under (a reverse proxy's `ventanilla.example:443`),
    /// besides the bound address and, on loopback, `localhost`.
    public var allowedHosts: [String]
    /// The rules folder (`--rules`); nil finds `Rules/` as every command does.
    public var rules: URL?
    /// The same limits as `check` (`--max-read-mib` and the rest).
    public var checkOptions: CheckOptions
    public var limits: UploadLimits

    public init(host: String = "127.0.0.1", port: Int = 0, allowedHosts: [String] = [], rules: URL? = nil,
                checkOptions: CheckOptions = .default, limits: UploadLimits? = nil) {
        self.host = host
        self.port = port
        self.allowedHosts = allowedHosts
        self.rules = rules
        self.checkOptions = checkOptions
        self.limits = limits ?? UploadLimits(maxFileBytes: checkOptions.maxReadBytes)
    }

    /// Loopback addresses: only then is `localhost` accepted as a name of the server.
    public var isLoopback: Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }
}

/// The limits of one request, each refused with a Spanish message that names it.
public struct UploadLimits: Sendable, Equatable {
    /// Files in one request (a CER folder with ten publications has 23 documents and its registro).
    public var maxFiles: Int
    /// Bytes of one file: the read limit of `check` (`--max-read-mib`, 64 MiB).
    public var maxFileBytes: Int
    /// Bytes of the whole request body.
    public var maxTotalBytes: Int
    /// Checks or fixes running at once (the core count); the others wait their turn.
    public var maxConcurrentChecks: Int
    /// Requests waiting for a turn; one more is refused as busy (503).
    public var maxWaiting: Int

    public init(maxFiles: Int = 40, maxFileBytes: Int = 64 << 20, maxTotalBytes: Int = 200 << 20,
                maxConcurrentChecks: Int = ProcessInfo.processInfo.activeProcessorCount, maxWaiting: Int = 64) {
        self.maxFiles = maxFiles
        self.maxFileBytes = maxFileBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxConcurrentChecks = max(1, maxConcurrentChecks)
        self.maxWaiting = maxWaiting
    }
}
