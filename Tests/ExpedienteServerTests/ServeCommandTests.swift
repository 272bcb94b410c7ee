import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The `serve` subcommand of the built binary: its first line is the address (a free port on
/// 127.0.0.1), the page answers there, and SIGTERM stops it cleanly (exit 0).
struct ServeCommandTests {
    /// The `expediente` binary SwiftPM built next to the test bundle.
    static let binary: URL? = {
        for start in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])] {
            var dir = start
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("expediente")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()

    @Test func theFirstLineIsTheAddressThePageAnswersAndSIGTERMStopsIt() async throws {
        let binary = try #require(Self.binary, "build with `swift build --build-tests`")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--rules", ServerSupport.rules.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The first line, byte by byte (the server keeps stdout open).
        var line = [UInt8]()
        while let byte = try out.fileHandleForReading.read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") { line.append(byte) }
        let address = String(decoding: line, as: UTF8.self)
        #expect(address.hasPrefix("http://127.0.0.1:"))
        #expect(address.hasSuffix("/"))
        let port = Int(address.dropFirst("http://127.0.0.1:".count).dropLast())
        #expect(port.map { $0 > 0 } == true)

        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: address)))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("expediente-token"))

        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}
