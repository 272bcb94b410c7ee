import Foundation

/// Runs the built `expediente` binary (or the `expediente-samples` developer tool), as a user or a script would.
enum CLIRunner {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `expediente` binary SwiftPM built next to the test bundle.
    static let binary = product("expediente")

    /// The `expediente-samples` developer tool, built beside `expediente` (a test target cannot
    /// depend on an executable target; `swift build --build-tests` builds every product).
    static let samplesBinary = product("expediente-samples")

    /// The executable product `name` in SwiftPM's products directory.
    private static func product(_ name: String) -> URL {
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])] {
            var dir = start
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent(name))
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(repository.appendingPathComponent(".build/debug/\(name)"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
            ?? repository.appendingPathComponent(".build/debug/\(name)")
    }

    /// A new empty folder under the system's temporary directory; the test removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("expediente-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `expediente-samples` with `arguments`.
    static func runSamples(_ arguments: [String], in directory: URL = repository) throws -> Output {
        try run(arguments, in: directory, executable: samplesBinary)
    }

    /// Runs `expediente` with `arguments`; `input`, when given, is its standard input.
    static func run(_ arguments: [String], in directory: URL = repository, environment: [String: String] = [:],
                    input: String? = nil, executable: URL = binary) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = input.map { _ in Pipe() }
        if let stdin { process.standardInput = stdin }
        try process.run()
        if let stdin, let input {
            // A writer thread: the child may fill its output pipes before it reads all of its input.
            Thread.detachNewThread {
                stdin.fileHandleForWriting.write(Data(input.utf8))
                try? stdin.fileHandleForWriting.close()
            }
        }
        // Read before waiting so a large report cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
