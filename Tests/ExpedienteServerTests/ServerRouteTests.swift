import ExpedienteKit
import ExpedienteServer
import Foundation
import Hummingbird
import HTTPTypes
import Testing
import ZIPFoundation

/// Every route of `expediente serve` through its router, in process. Serialized: the tests that
/// look at the temporary directory must not see another test's upload folder.
@Suite(.serialized)
struct ServerRouteTests {
    // MARK: The page

    @Test func thePageIsOneSelfContainedSpanishPageWithItsKey() async throws {
        let client = try ServerSupport.client()
        try await client.execute(uri: "/", method: .get) { response async throws in
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let policy = try #require(response.headers[.contentSecurityPolicy])
            #expect(policy.hasPrefix("default-src 'none'"))
            #expect(policy.contains("connect-src 'self'"))
            #expect(response.headers[.cacheControl] == "no-store")
            let page = String(buffer: response.body)
            #expect(page.contains("<html lang=\"es\">"))
            #expect(page.contains("<meta name=\"expediente-token\" content=\""))
            // Nothing from outside: no address in any src or href, no external style or script.
            #expect(!page.contains("src=\"http"))
            #expect(!page.contains("href=\"http"))
            #expect(!page.contains("<link"))
            for control in ["type=\"file\" multiple", "webkitdirectory", "Corregir y descargar", "Descargar informe",
                            "enarm-xlviii-2025-2026", "cer-2026-2027", "trabajador-imss"] {
                #expect(page.contains(control), "\(control)")
            }
        }
        // Each page gets a new key.
        let first = try await ServerSupport.token(client)
        let second = try await ServerSupport.token(client)
        #expect(first.count == 64)
        #expect(first != second)
    }

    // MARK: revisar

    @Test func revisarAnswersTheLibrarysReportWithTheViewOfTheHTMLReport() async throws {
        let folder = ServerSupport.sample("04-nombres-casi-correctos")
        var checker = try ExpedienteChecker(convocatoria: try RuleSelection.load(root: ServerSupport.rules, convocatoria: nil))
        checker.library = ConvocatoriaLibrary(root: ServerSupport.rules)
        let direct = try checker.check(folder: folder, displayPath: "expediente")
        let client = try ServerSupport.client()
        let token = try await ServerSupport.token(client)
        let response = try await client.post("/api/revisar", try .folder(folder), token: token)
        #expect(response.status == .ok)
        let answer = try json(response)
        #expect(answer["schema"] as? String == "expediente-serve/1")
        let report = try #require(answer["report"] as? [String: Any])
        // The same object `check --format json` prints for the folder.
        let expected = try JSONSerialization.jsonObject(with: Data(JSONReporter.render(direct).utf8)) as? NSDictionary
        #expect(report as NSDictionary == expected)
        #expect(report["status"] as? String == "CON_OBSERVACIONES")
        let view = try #require(answer["view"] as? [String: Any])
        #expect(view["label"] as? String == ExpedienteStatus.conObservaciones.outlook)
        let documents = try #require(view["documents"] as? [[String: Any]])
        #expect(documents.count == direct.documents.count)
        #expect(documents.allSatisfy { $0["thumb"] is String })
        let findings = documents.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        #expect(findings.contains { ($0["check"] as? String)?.hasPrefix("name.") == true && $0["hint"] is String })
        #expect((answer["text"] as? String)?.contains("Estatus: CON_OBSERVACIONES") == true)
    }

    @Test func revisarTakesTheCallTheProfileAndTheRegistroOfTheForm() async throws {
        let folder = ServerSupport.sample("01-valido")
        let client = try ServerSupport.client()
        let token = try await ServerSupport.token(client)
        let registro = #"{"curp": "MULF970314MDFXPR09", "calificaciones": {"promedio_licenciatura": 9.2}}"#
        let body = try MultipartBody.folder(folder, fields: [("convocatoria", "enarm-xlviii-2025-2026"), ("perfil", "todos"),
                                                             ("registro", registro)])
        let response = try await client.post("/api/revisar", body, token: token)
        #expect(response.status == .ok)
        let report = try #require(try json(response)["report"] as? [String: Any])
        #expect(report["convocatoria"] as? String == "enarm-xlviii-2025-2026")
        let checks = (report["observations"] as? [[String: Any]] ?? []).compactMap { $0["check"] as? String }
        #expect(checks.contains(CheckID.dataCURPCheckDigit.rawValue))
        #expect(checks.contains(CheckID.dataGradeScale.rawValue))
    }

    // MARK: corregir and informe

    @Test func corregirAnswersAZipOfTheFixedFolderThatPasses() async throws {
        let folder = ServerSupport.sample("04-nombres-casi-correctos")
        let before = try ServerSupport.files(of: folder).map { $0.0 + String($0.1.count) }
        let client = try ServerSupport.client()
        let token = try await ServerSupport.token(client)
        let response = try await client.post("/api/corregir", try .folder(folder), token: token)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/zip")
        #expect(response.headers[.contentDisposition] == "attachment; filename=\"expediente-corregido.zip\"")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("serve-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let zip = out.appendingPathComponent("corregido.zip")
        try Data(response.body.readableBytesView).write(to: zip)
        try FileManager.default.unzipItem(at: zip, to: out.appendingPathComponent("x"))
        let unpacked = out.appendingPathComponent("x")
        let top = try FileManager.default.contentsOfDirectory(atPath: unpacked.path).sorted()
        #expect(top == ["expediente-corregido", "informe-correccion.json", "informe-correccion.txt"])
        let text = try String(contentsOf: unpacked.appendingPathComponent("informe-correccion.txt"), encoding: .utf8)
        #expect(text.contains("EN_PROCESO_DE_VALIDACION"))
        var checker = try ExpedienteChecker(convocatoria: try RuleSelection.load(root: ServerSupport.rules, convocatoria: nil))
        checker.library = ConvocatoriaLibrary(root: ServerSupport.rules)
        let fixed = try checker.check(folder: unpacked.appendingPathComponent("expediente-corregido"))
        #expect(fixed.status == .enProcesoDeValidacion)
        // The sample folder is read, never written.
        #expect(try ServerSupport.files(of: folder).map { $0.0 + String($0.1.count) } == before)
    }

    @Test(arguments: [("html", "text/html; charset=utf-8", "informe.html"), ("json", "application/json; charset=utf-8", "informe.json")])
    func informeAnswersTheReportToDownload(format: String, contentType: String, file: String) async throws {
        let client = try ServerSupport.client()
        let token = try await ServerSupport.token(client)
        let body = try MultipartBody.folder(ServerSupport.sample("01-valido"), fields: [("formato", format)])
        let response = try await client.post("/api/informe", body, token: token)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == contentType)
        #expect(response.headers[.contentDisposition] == "attachment; filename=\"\(file)\"")
        let text = String(buffer: response.body)
        if format == "html" {
            #expect(text.hasPrefix("<!DOCTYPE html>"))
            #expect(text.contains("data-status=\"EN_PROCESO_DE_VALIDACION\""))
        } else {
            #expect(text.contains("\"schema\": \"expediente/1\"") || text.contains("\"schema\":\"expediente/1\""))
        }
    }

    // MARK: Refusals

    @Test(arguments: ["evil.example:8080", "localhost:9999", "127.0.0.1:9999", "attacker.example"])
    func aRequestForAnotherHostIsRefused(host: String) async throws {
        let client = try ServerSupport.client()
        try await client.execute(uri: "/", method: .get, headers: [HTTPField.Name("Host")!: host]) { response async throws in
            #expect(response.status == .misdirectedRequest)
            #expect(try refusal(response).code == "host_no_permitido")
        }
    }

    @Test func withoutAllowHostTheRouterClientsBareLocalhostIsRefused() async throws {
        // The router client names the server `localhost` without a port: only --allow-host admits that.
        let client = try ServerSupport.client(ServerSupport.configuration(allowedHosts: []))
        let response = try await client.execute(uri: "/", method: .get)
        #expect(response.status == .misdirectedRequest)
    }

    @Test(arguments: [nil, "http://evil.example", "http://localhost.evil.example", "null", "file://"])
    func aPostFromAnotherOriginIsRefused(origin: String?) async throws {
        let client = try ServerSupport.client()
        let token = try await ServerSupport.token(client)
        let response = try await client.post("/api/revisar", try .folder(ServerSupport.sample("01-valido")), token: token, origin: origin)
        #expect(response.status == .forbidden)
        #expect(try refusal(response).code == "origen_no_permitido")
    }

    @Test(arguments: ["", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"])
    func aPostWithoutThePagesKeyIsRefused(token: String) async throws {
        let client = try ServerSupport.client()
        _ = try await ServerSupport.token(client)
        for route in ["/api/revisar", "/api/corregir", "/api/informe"] {
            let response = try await client.post(route, try .folder(ServerSupport.sample("01-valido")), token: token)
            #expect(response.status == .forbidden)
            #expect(try refusal(response).code == "token_invalido")
        }
    }

    @Test func tooManyFilesAreRefused() async throws {
        let limits = UploadLimits(maxFiles: 3)
        let client = try ServerSupport.client(ServerSupport.configuration(limits: limits))
        let token = try await ServerSupport.token(client)
        let response = try await client.post("/api/revisar", try .folder(ServerSupport.sample("01-valido")), token: token)
        #expect(response.status == .contentTooLarge)
        let (code, message) = try refusal(response)
        #expect(code == "demasiados_archivos")
        #expect(message.contains("más de 3 archivos"))
    }

    @Test func aFileOverTheReadLimitIsRefused() async throws {
        let limits = UploadLimits(maxFileBytes: 1000)
        let client = try ServerSupport.client(ServerSupport.configuration(limits: limits))
        let token = try await ServerSupport.token(client)
        var body = MultipartBody()
        body.file("CURP.JPG", [UInt8](repeating: 0xFF, count: 1001))
        let response = try await client.post("/api/revisar", body, token: token)
        #expect(response.status == .contentTooLarge)
        let (code, message) = try refusal(response)
        #expect(code == "archivo_demasiado_grande")
        #expect(message.contains("«CURP.JPG»"))
    }

    @Test func aRequestOverTheTotalLimitIsRefused() async throws {
        let limits = UploadLimits(maxTotalBytes: 4096)
        let client = try ServerSupport.client(ServerSupport.configuration(limits: limits))
        let token = try await ServerSupport.token(client)
        var body = MultipartBody()
        for name in ["CURP.JPG", "ACTANACIMIENTO.JPG", "CEDULA.JPG"] { body.file(name, [UInt8](repeating: 1, count: 2000)) }
        // Refused by its Content-Length before it is read, and while it is read without one.
        for length in [true, false] {
            let extra: HTTPFields = length ? [.contentLength: String(body.body.readableBytes)] : [:]
            let response = try await client.post("/api/revisar", body, token: token, extra: extra)
            #expect(response.status == .contentTooLarge)
            #expect(try refusal(response).code == "solicitud_demasiado_grande")
        }
    }

    @Test(arguments: ["../CURP.JPG", "sub/CURP.JPG", "sub\\CURP.JPG", "CURP\u{0}.JPG", "CU\nRP.JPG", "CURP\u{1B}[31m.JPG",
                      "..", ".", "", "CURP..JPG", String(repeating: "A", count: 256) + ".JPG"])
    func anUnsafeFileNameIsRefused(name: String) async throws {
        let client = try ServerSupport.client()
        let token = try await ServerSupport.token(client)
        var body = MultipartBody()
        body.file(name, Array("not a jpeg".utf8))
        let response = try await client.post("/api/revisar", body, token: token)
        #expect(response.status == .badRequest)
        let (code, message) = try refusal(response)
        #expect(code == "nombre_invalido")
        // The name is shown without its control characters.
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func otherBadRequestsAreRefusedWithTheirCode() async throws {
        let client = try ServerSupport.client()
        let token = try await ServerSupport.token(client)
        var repeated = MultipartBody()
        repeated.file("CURP.JPG", [1])
        repeated.file("CURP.JPG", [2])
        var empty = MultipartBody()
        empty.field("convocatoria", "enarm-xlviii-2025-2026")
        var call = MultipartBody()
        call.field("convocatoria", "enarm-1999")
        call.file("CURP.JPG", [1])
        var profile = MultipartBody()
        profile.field("perfil", "astronauta")
        profile.file("CURP.JPG", [1])
        var format = MultipartBody()
        format.field("formato", "pdf")
        format.file("CURP.JPG", [1])
        let cases: [(String, MultipartBody, HTTPResponse.Status, String)] = [
            ("/api/revisar", repeated, .badRequest, "nombre_repetido"),
            ("/api/revisar", empty, .badRequest, "sin_archivos"),
            ("/api/revisar", call, .badRequest, "campo_invalido"),
            ("/api/revisar", profile, .badRequest, "campo_invalido"),
            ("/api/informe", format, .badRequest, "campo_invalido"),
        ]
        for (route, body, status, code) in cases {
            let response = try await client.post(route, body, token: token)
            #expect(response.status == status, "\(code)")
            #expect(try refusal(response).code == code)
        }
        // Not multipart at all, and a multipart body cut short.
        var headers: HTTPFields = [.contentType: "application/json", .origin: ServerSupport.origin]
        headers[HTTPField.Name("X-Expediente-Token")!] = token
        let json = try await client.execute(uri: "/api/revisar", method: .post, headers: headers, body: ByteBuffer(string: "{}"))
        #expect(json.status == .unsupportedMediaType)
        #expect(try refusal(json).code == "formato_invalido")
        var cut = MultipartBody()
        cut.file("CURP.JPG", [1, 2, 3])
        headers[.contentType] = cut.contentType
        let truncated = try await client.execute(uri: "/api/revisar", method: .post, headers: headers,
                                                 body: ByteBuffer(bytes: cut.bytes.dropLast(2)))
        #expect(truncated.status == .badRequest)
        #expect(try refusal(truncated).code == "formato_invalido")
    }

    // MARK: Nothing left behind

    @Test func uploadsAreRemovedAfterTheAnswerAndAfterAnError() async throws {
        func uploadFolders() throws -> Set<String> {
            Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("expediente-serve-") })
        }
        let before = try uploadFolders()
        let client = try ServerSupport.client()
        let token = try await ServerSupport.token(client)
        let ok = try await client.post("/api/corregir", try .folder(ServerSupport.sample("04-nombres-casi-correctos")), token: token)
        #expect(ok.status == .ok)
        var repeated = MultipartBody()
        repeated.file("CURP.JPG", [1])
        repeated.file("ACTANACIMIENTO.JPG", [1])
        repeated.file("CURP.JPG", [2])
        let refused = try await client.post("/api/revisar", repeated, token: token)
        #expect(refused.status == .badRequest)
        #expect(try uploadFolders().subtracting(before).isEmpty)
    }
}
