import Foundation
import Testing

/// The HTML report escapes hostile names, embeds its thumbnails and needs no network.
@Suite struct HTMLReportTests {
    @Test func hostileNamesAreEscaped() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = try HostileFolder.make(in: work)
        let out = work.appendingPathComponent("informe.html")
        let run = try CLIRunner.run(["check", folder.path, "--format", "html", "--output", out.path])
        #expect(run.status == 1)
        // The terminal got the text report.
        #expect(run.stdout.contains("Estatus: CON_OBSERVACIONES"))
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("onerror=alert('archivo')>\""))
        // Exactly the report's own script elements: one folder block, the catalogue, the code.
        #expect(html.components(separatedBy: "<script").count - 1 == 3)
        #expect(html.contains("\\u003cscript\\u003ealert(\\\"carpeta\\\")\\u003c/script\\u003e"))
        #expect(html.contains("\\u003cimg src=x onerror=alert('archivo')\\u003e\\\".JPG"))
    }

    @Test func theReportIsSelfContained() throws {
        let html = try String(contentsOf: CLIRunner.repository.appendingPathComponent("Tests/ExpedienteCLITests/Golden/check-12-qr.html"),
                              encoding: .utf8)
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
        // 12 documents, each with its embedded JPEG thumbnail (base64 of FF D8 FF = "/9j/").
        #expect(html.components(separatedBy: "\"thumb\":\"/9j/").count - 1 == 12)
        // Facts measured by the pipeline, including the QR texts.
        #expect(html.contains("\"qr\":[\"https://tienda-ejemplo.com.mx/ofertas?producto=4521\\u0026utm_source=qr\"]"))
        #expect(html.contains("\"dpi_inferred\":true"))
    }
}
