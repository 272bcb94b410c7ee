import ExpedienteKit
import Testing

@Suite struct BatchSummaryTests {
    private func report(_ status: ExpedienteStatus, _ observations: [Observation] = [], path: String = "/datos/F001") -> ExpedienteReport {
        ExpedienteReport(
            convocatoria: "enarm-xlviii-2025-2026", path: path, status: status,
            documents: [.init(kind: "CURP", file: "CURP.JPG", observations: observations.count)],
            observations: observations)
    }

    private func finding(_ check: String, _ severity: Severity, _ document: String? = "CURP") -> Observation {
        Observation(check: check, severity: severity, document: document, file: document.map { "\($0).JPG" }, message: "m")
    }

    @Test func anEmptySummarySaysSo() {
        let summary = BatchSummary()
        #expect(summary.render() == "Resumen: 0 carpeta(s) revisada(s).\n")
        #expect(summary.folders == 0 && summary.failureCount == 0 && summary.checks.isEmpty && summary.byStatus.isEmpty)
    }

    @Test func rendersStatusesInTheContractOrderThenTheFrequentChecks() {
        var summary = BatchSummary()
        let counts: [(ExpedienteStatus, Int)] = [(.enProcesoDeValidacion, 812), (.conObservaciones, 160), (.anulado, 3), (.pendienteDeValidar, 25)]
        for (status, count) in counts {
            for i in 0..<count {
                var checks: [String: Severity] = [:]
                if status == .anulado || (status == .pendienteDeValidar && i < 20) { checks[CheckID.qrMissing.rawValue] = .anulacion }
                if status == .conObservaciones && i < 41 { checks[CheckID.nameUppercase.rawValue] = .observacion }
                if status == .conObservaciones && i >= 100 && i < 141 { checks[CheckID.sizeMaxBytes.rawValue] = .observacion }
                if status == .enProcesoDeValidacion && i < 5 { checks[CheckID.jpegArithmetic.rawValue] = .aviso }
                if status == .conObservaciones && i >= 41 && i < 118 { checks[CheckID.qrMissing.rawValue] = .anulacion }
                summary.add(status: status, checks: checks)
            }
        }
        #expect(summary.render() == """
            Resumen: 1000 carpeta(s) revisada(s).
              PENDIENTE_DE_VALIDAR        25
              ANULADO                      3
              CON_OBSERVACIONES          160
              EN_PROCESO_DE_VALIDACION   812
            Hallazgos más frecuentes (carpetas):
              qr.missing       anulación     100
              name.uppercase   observación    41
              size.max_bytes   observación    41
              jpeg.arithmetic  aviso           5

            """)
    }

    @Test func statusesWithNoFolderAreLeftOut() {
        var summary = BatchSummary()
        summary.add(report(.conObservaciones))
        summary.add(report(.conObservaciones))
        summary.add(report(.validado))
        let text = summary.render()
        #expect(text == "Resumen: 3 carpeta(s) revisada(s).\n  CON_OBSERVACIONES            2\n  VALIDADO                     1\n")
        for status in [ExpedienteStatus.pendienteDeValidar, .anulado, .enProcesoDeValidacion] {
            #expect(!text.contains(status.rawValue))
        }
        #expect(summary.byStatus == [.conObservaciones: 2, .validado: 1])
    }

    @Test func aReportCountsEachCheckOncePerFolderWithItsGravestSeverity() {
        var summary = BatchSummary()
        summary.add(report(.anulado, [
            finding(CheckID.nameUppercase.rawValue, .observacion, "CURP"),
            finding(CheckID.nameUppercase.rawValue, .observacion, "TITULO1"),
            finding(CheckID.nameUppercase.rawValue, .observacion, nil),
            finding(CheckID.resolutionMinDPI.rawValue, .aviso),
            finding(CheckID.resolutionMinDPI.rawValue, .anulacion, "TITULO1"),
        ]))
        summary.add(report(.conObservaciones, [finding(CheckID.nameUppercase.rawValue, .observacion)]))
        #expect(summary.folders == 2)
        #expect(summary.checks == [
            CheckID.nameUppercase.rawValue: .init(folders: 2, severity: .observacion),
            CheckID.resolutionMinDPI.rawValue: .init(folders: 1, severity: .anulacion),
        ])
    }

    @Test func foldersReadBackAddUpWithCheckedOnes() {
        var fromReport = BatchSummary()
        var readBack = BatchSummary()
        let observations = [finding(CheckID.sizeMaxBytes.rawValue, .observacion), finding(CheckID.sizeMaxBytes.rawValue, .observacion), finding(CheckID.qrMissing.rawValue, .anulacion)]
        fromReport.add(report(.anulado, observations))
        readBack.add(status: .anulado, checks: [CheckID.sizeMaxBytes.rawValue: .observacion, CheckID.qrMissing.rawValue: .anulacion])
        #expect(fromReport == readBack)

        readBack.add(status: .enProcesoDeValidacion, checks: [CheckID.sizeMaxBytes.rawValue: .aviso])
        #expect(readBack.checks[CheckID.sizeMaxBytes.rawValue] == .init(folders: 2, severity: .observacion))
        #expect(readBack.byStatus == [.anulado: 1, .enProcesoDeValidacion: 1])
    }

    @Test func checksAreSortedByFoldersThenIdAndLimited() throws {
        var summary = BatchSummary()
        // check "c<n>" is in n folders; ties between "a" and "b" ids.
        for n in 1...12 {
            for _ in 0..<n { summary.add(status: .conObservaciones, checks: ["c\(n < 10 ? "0" : "")\(n)": .observacion]) }
        }
        summary.add(status: .conObservaciones, checks: ["b.tie": .aviso, "a.tie": .aviso])
        summary.add(status: .conObservaciones, checks: ["b.tie": .aviso, "a.tie": .aviso])

        let top = summary.frequentChecks(limit: 5).map(\.check)
        #expect(top == ["c12", "c11", "c10", "c09", "c08"])
        let all = summary.frequentChecks(limit: 100).map(\.check)
        #expect(all.count == 14)
        #expect(Array(all.suffix(4)) == ["a.tie", "b.tie", "c02", "c01"])

        let lines = summary.render(limit: 3).split(separator: "\n")
        let heading = try #require(lines.firstIndex(of: "Hallazgos más frecuentes (carpetas):"))
        let shown = lines[(heading + 1)...]
        #expect(shown.count == 4)
        #expect(shown.first?.hasPrefix("  c12 ") == true)
        #expect(shown.last == "  y 11 más.")

        #expect(summary.render().split(separator: "\n").last == "  y 4 más.")
        #expect(!summary.render(limit: 14).contains(" más."))
    }

    @Test func aZeroOrNegativeLimitLeavesTheChecksOut() {
        var summary = BatchSummary()
        summary.add(status: .conObservaciones, checks: [CheckID.nameSpaces.rawValue: .observacion])
        for limit in [0, -3] {
            #expect(summary.render(limit: limit) == "Resumen: 1 carpeta(s) revisada(s).\n  CON_OBSERVACIONES            1\n")
            #expect(summary.frequentChecks(limit: limit).isEmpty)
        }
    }

    @Test func failuresAreListedUpToTenThenCounted() throws {
        var summary = BatchSummary()
        summary.add(report(.enProcesoDeValidacion))
        for i in 1...12 { summary.addFailure(path: "/datos/F\(i)", message: "permiso denegado") }
        #expect(summary.folders == 1)
        #expect(summary.failureCount == 12)
        #expect(summary.failures.map(\.path) == (1...10).map { "/datos/F\($0)" })

        let lines = summary.render().split(separator: "\n", omittingEmptySubsequences: false)
        let heading = try #require(lines.firstIndex(of: "No se pudieron revisar 12 carpeta(s):"))
        #expect(lines[heading + 1] == "  /datos/F1: permiso denegado")
        #expect(lines[heading + 10] == "  /datos/F10: permiso denegado")
        #expect(lines[heading + 11] == "  y 2 más.")
        #expect(lines.count == heading + 13 && lines.last == "")
    }

    @Test func fewFailuresHaveNoRemainder() {
        var summary = BatchSummary()
        summary.addFailure(path: "a", message: "x")
        summary.addFailure(path: "b", message: "y")
        #expect(summary.render() == "Resumen: 0 carpeta(s) revisada(s).\nNo se pudieron revisar 2 carpeta(s):\n  a: x\n  b: y\n")
    }

    @Test func pathsMessagesAndIdsCannotDriveTheTerminal() {
        var summary = BatchSummary()
        summary.add(status: .conObservaciones, checks: ["x\u{1B}[2Jy": .observacion])
        summary.addFailure(path: "/datos/\u{1B}]0;titulo\u{07}F1\nF2", message: "mal\rformado")
        let text = summary.render()
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\r" })
        #expect(text.contains("  /datos/\\x1B]0;titulo\\x07F1\\x0AF2: mal\\x0Dformado\n"))
        #expect(text.contains("  x\\x1B[2Jy  observación     1\n"))
    }

    @Test func memoryStaysBoundedByDistinctChecks() {
        var summary = BatchSummary()
        for i in 0..<20_000 {
            summary.add(report(i % 3 == 0 ? .anulado : .conObservaciones, [
                finding(CheckID.qrMissing.rawValue, .anulacion), finding(CheckID.nameSpaces.rawValue, .observacion), finding(CheckID.nameSpaces.rawValue, .observacion),
            ], path: "/datos/F\(i)"))
            if i % 7 == 0 { summary.addFailure(path: "/datos/E\(i)", message: "error") }
        }
        #expect(summary.folders == 20_000)
        #expect(summary.checks.count == 2)
        #expect(summary.checks[CheckID.nameSpaces.rawValue]?.folders == 20_000)
        #expect(summary.byStatus.count == 2)
        #expect(summary.failureCount == 2_858)
        #expect(summary.failures.count == BatchSummary.failureListLimit)
    }
}
