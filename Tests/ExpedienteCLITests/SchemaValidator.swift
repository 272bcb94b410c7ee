import Foundation

/// Validates reports against the schemas committed in `Tests/Schemas/` with real validators:
/// `xmllint --schema` (Debian's libxml2-utils) for JUnit XML and Python's `jsonschema` (Debian's
/// python3-jsonschema, or pip's) for SARIF. `scripts/setup` installs both.
enum SchemaValidator {
    struct Verdict {
        let valid: Bool
        let output: String
    }

    static let schemas = CLIRunner.repository.appendingPathComponent("Tests/Schemas")

    static func junit(_ file: URL) throws -> Verdict {
        try run("/usr/bin/xmllint", ["--noout", "--schema", schemas.appendingPathComponent("junit.xsd").path, file.path])
    }

    static func sarif(_ file: URL) throws -> Verdict {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            validator = jsonschema.validators.validator_for(schema)(schema)
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
            for error in errors[:10]:
                print(list(error.path), error.message[:300])
            sys.exit(1 if errors else 0)
            """
        return try run(python(), ["-c", script, schemas.appendingPathComponent("sarif-schema-2.1.0.json").path, file.path])
    }

    /// The first Python that has jsonschema: Debian's (python3-jsonschema) or the one on PATH.
    static func python() throws -> String {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3", "python3"] {
            if let verdict = try? run(candidate, ["-c", "import jsonschema"]), verdict.valid { return candidate }
        }
        throw MissingTool(name: "python3 con jsonschema (scripts/setup instala python3-jsonschema)")
    }

    struct MissingTool: Error { let name: String }

    private static func run(_ tool: String, _ arguments: [String]) throws -> Verdict {
        let process = Process()
        if tool.hasPrefix("/") {
            guard FileManager.default.isExecutableFile(atPath: tool) else { throw MissingTool(name: tool) }
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [tool] + arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Verdict(valid: process.terminationStatus == 0, output: String(decoding: output, as: UTF8.self))
    }
}
