import ExpedienteKit
import Foundation
import HTTPTypes
import Hummingbird

/// A refused or failed request: an HTTP status, a stable code for scripts and a Spanish message
/// for the applicant. The body is `{"error": {"code": …, "message": …}}`.
public struct ServeError: Error, HTTPResponseError, Equatable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String

    public init(_ status: HTTPResponse.Status, code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        ServeResponse.json(errorBody, status: status)
    }

    var errorBody: String {
        JSONValue.object([("error", .object([("code", .string(code)), ("message", .string(message))]))]).serialized() + "\n"
    }

    static func hostRefused(_ host: String) -> ServeError {
        ServeError(.misdirectedRequest, code: "host_no_permitido",
                   "La página se pidió con el nombre «\(ServeResponse.printable(host))», que no es el de este servidor; ábrala con la dirección que imprimió expediente serve.")
    }
    static let originRefused = ServeError(.forbidden, code: "origen_no_permitido",
                                          "La solicitud no viene de la página de expediente serve (encabezado Origin ausente o de otro sitio); use la página.")
    static let tokenRefused = ServeError(.forbidden, code: "token_invalido",
                                         "Falta la clave de la página o ya no es válida; vuelva a cargar la página.")
    static func tooManyFiles(_ limit: Int) -> ServeError {
        ServeError(.contentTooLarge, code: "demasiados_archivos",
                   "Se enviaron más de \(limit) archivos; un expediente tiene a lo sumo \(limit). Elija solo los documentos del expediente.")
    }
    static func fileTooLarge(_ name: String, limit: Int) -> ServeError {
        ServeError(.contentTooLarge, code: "archivo_demasiado_grande",
                   "El archivo «\(ServeResponse.printable(name))» pesa más de \(limit >> 20) MiB, lo más que se revisa de un archivo; no es un escaneo de un documento. Quítelo o escanéelo de nuevo.")
    }
    static func requestTooLarge(_ limit: Int) -> ServeError {
        ServeError(.contentTooLarge, code: "solicitud_demasiado_grande",
                   "Los archivos suman más de \(limit >> 20) MiB, lo más que se recibe a la vez; elija solo los documentos del expediente.")
    }
    static func badName(_ name: String) -> ServeError {
        ServeError(.badRequest, code: "nombre_invalido",
                   "El nombre de archivo «\(ServeResponse.printable(name))» no se acepta (vacío, con «/», «\\», «..», caracteres de control o demasiado largo); cámbielo y vuelva a elegirlo.")
    }
    static func repeatedName(_ name: String) -> ServeError {
        ServeError(.badRequest, code: "nombre_repetido",
                   "Dos archivos se llaman «\(ServeResponse.printable(name))» (¿de dos carpetas distintas?); elija los de una sola carpeta.")
    }
    static let noFiles = ServeError(.badRequest, code: "sin_archivos", "No se recibió ningún archivo; elija los archivos del expediente.")
    static let notMultipart = ServeError(.unsupportedMediaType, code: "formato_invalido",
                                         "La solicitud debe ser multipart/form-data, con un campo «archivo» por archivo.")
    static let malformed = ServeError(.badRequest, code: "formato_invalido", "La solicitud multipart/form-data está incompleta o dañada.")
    static func badField(_ field: String, _ why: String) -> ServeError {
        ServeError(.badRequest, code: "campo_invalido", "El campo «\(ServeResponse.printable(field))» no es válido: \(why)")
    }
    static let busy = ServeError(.serviceUnavailable, code: "ocupado",
                                 "El servidor está revisando demasiados expedientes a la vez; intente de nuevo en un momento.")
}

/// Answers the server writes.
enum ServeResponse {
    static func json(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: headers(contentType: "application/json; charset=utf-8"),
                 body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func bytes(_ data: Data, contentType: String, download: String? = nil) -> Response {
        var fields = headers(contentType: contentType)
        if let download { fields[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        return Response(status: .ok, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Every answer: never cached, never sniffed, never framed, no referrer.
    static func headers(contentType: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        fields[.cacheControl] = "no-store"
        fields[.xContentTypeOptions] = "nosniff"
        fields[HTTPField.Name("X-Frame-Options")!] = "DENY"
        fields[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        fields[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        return fields
    }

    /// A name from a request, shown in a message: control characters escaped, at most 120 characters.
    static func printable(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars.prefix(120) {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                out += String(format: "\\x%02X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return s.unicodeScalars.count > 120 ? out + "…" : out
    }
}
