import ArgumentParser
import Foundation

/// Writes to standard error (progress, tool errors).
public func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Turns a library error into the exit code 2 of the contract, with a Spanish message.
public func failing<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("expediente: \(error)")
        throw ExitCode(2)
    }
}
