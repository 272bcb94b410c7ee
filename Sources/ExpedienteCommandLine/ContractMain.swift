import ArgumentParser
import Foundation

extension ParsableCommand {
    /// Like `ParsableCommand.main()`, but every usage error exits with 2, as the contract says,
    /// and the parser's help and errors are in Spanish (`SpanishParserText`).
    public static func mainWithContractExitCodes() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // Completion scripts and the JSON help dump are for programs: left as written.
                let machineOutput = CommandLine.arguments.contains { $0.hasPrefix("--generate-completion-script") || $0 == "--experimental-dump-help" }
                if machineOutput { exit(withError: error) }
                let message = SpanishParserText.translate(fullMessage(for: error))
                FileHandle.standardOutput.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
                Foundation.exit(0)
            }
            if let exitCode = error as? ExitCode {
                Foundation.exit(exitCode.rawValue)
            }
            let message = SpanishParserText.translate(fullMessage(for: error))
            if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            Foundation.exit(2)
        }
    }
}
