import Foundation

/// A `multipart/form-data` body (RFC 7578), as browsers send a `FormData`: text fields and
/// files, each file with the name the browser gives it. Parsed from the collected body; a file
/// over the per-file limit or one file too many stops the parse with its Spanish error.
struct MultipartForm {
    struct FilePart {
        var name: String
        var bytes: ArraySlice<UInt8>
    }

    var fields: [String: String] = [:]
    var files: [FilePart] = []

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header.
    static func boundary(contentType: String?) -> String? {
        guard let contentType else { return nil }
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            var value = String(part.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    static let fileField = "archivo"
    static let maxFieldBytes = 256 << 10

    static func parse(_ body: [UInt8], boundary: String, limits: UploadLimits) throws(ServeError) -> MultipartForm {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        var form = MultipartForm()
        guard var position = find(delimiter, in: body, from: 0) else { throw .malformed }
        position += delimiter.count
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            guard position + 2 <= body.count else { throw .malformed }
            if body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") { break }
            guard body[position] == 13, body[position + 1] == 10 else { throw .malformed }
            position += 2
            guard let headerEnd = find([13, 10, 13, 10], in: body, from: position) else { throw .malformed }
            guard let headers = String(validating: body[position..<headerEnd], as: UTF8.self) else { throw .malformed }
            let contentStart = headerEnd + 4
            guard let contentEnd = find(separator, in: body, from: contentStart) else { throw .malformed }
            let disposition = Self.disposition(headers)
            guard let name = disposition["name"] else { throw .malformed }
            let content = body[contentStart..<contentEnd]
            if let filename = disposition["filename"] {
                guard name == fileField else { throw .badField(name, "solo el campo «archivo» lleva archivos.") }
                if form.files.count >= limits.maxFiles { throw .tooManyFiles(limits.maxFiles) }
                if content.count > limits.maxFileBytes { throw .fileTooLarge(filename, limit: limits.maxFileBytes) }
                form.files.append(FilePart(name: filename, bytes: content))
            } else {
                guard content.count <= maxFieldBytes, let text = String(validating: content, as: UTF8.self) else {
                    throw .badField(name, "no es texto UTF-8 de a lo sumo 256 KiB.")
                }
                form.fields[name] = text
            }
            position = contentEnd + separator.count
        }
        return form
    }

    /// The parameters of a part's `Content-Disposition: form-data; name="…"; filename="…"`.
    static func disposition(_ headers: String) -> [String: String] {
        for line in headers.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":"),
                  line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            return parameters(String(line[line.index(after: colon)...]))
        }
        return [:]
    }

    /// `form-data; name="a"; filename="b \"c\".JPG"`: quoted strings with backslash escapes.
    static func parameters(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        var chars = Array(value.unicodeScalars)[...]
        func skipSpaces() { while let c = chars.first, c == " " || c == "\t" { chars.removeFirst() } }
        // The disposition type.
        while let c = chars.first, c != ";" { chars.removeFirst() }
        while chars.first == ";" {
            chars.removeFirst()
            skipSpaces()
            var key = ""
            while let c = chars.first, c != "=", c != ";" { key.unicodeScalars.append(c); chars.removeFirst() }
            guard chars.first == "=" else { continue }
            chars.removeFirst()
            var value = ""
            if chars.first == "\"" {
                chars.removeFirst()
                while let c = chars.first {
                    chars.removeFirst()
                    if c == "\\", let next = chars.first { value.unicodeScalars.append(next); chars.removeFirst(); continue }
                    if c == "\"" { break }
                    value.unicodeScalars.append(c)
                }
                while let c = chars.first, c != ";" { chars.removeFirst() }
            } else {
                while let c = chars.first, c != ";" { value.unicodeScalars.append(c); chars.removeFirst() }
                value = value.trimmingCharacters(in: .whitespaces)
            }
            result[key.trimmingCharacters(in: .whitespaces).lowercased()] = value
        }
        return result
    }

    /// The first position of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let first = needle[0]
        let last = haystack.count - needle.count
        return haystack.withUnsafeBufferPointer { h -> Int? in
            needle.withUnsafeBufferPointer { n -> Int? in
                var i = from
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count, h[i + j] == n[j] { j += 1 }
                        if j == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}
