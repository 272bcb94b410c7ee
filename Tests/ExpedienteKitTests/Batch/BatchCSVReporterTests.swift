import ExpedienteKit
import Testing

@Suite struct BatchCSVReporterTests {
    private func report(
        path: String = "/datos/F001", status: ExpedienteStatus = .enProcesoDeValidacion,
        documents: [String] = [], observations: [Observation] = []
    ) -> ExpedienteReport {
        ExpedienteReport(
            convocatoria: "enarm-xlviii-2025-2026", path: path, status: status,
            documents: documents.map { .init(kind: $0, file: "\($0).JPG", observations: 0) },
            observations: observations)
    }

    private func finding(_ severity: Severity, _ document: String?, check: String = CheckID.sizeMaxBytes.rawValue) -> Observation {
        Observation(check: check, severity: severity, document: document, file: document.map { "\($0).JPG" }, message: "m")
    }

    /// An independent RFC 4180 reader of one record (all of `text`), to check
    /// the writer without trusting `parseFirstField`.
    private func fields(_ text: String) -> [String]? {
        guard text.hasSuffix("\n") else { return nil }
        let scalars = Array(text.unicodeScalars.dropLast())
        var fields: [String] = []
        var current = String.UnicodeScalarView()
        var i = 0
        var quoted = false
        var atStart = true
        while i < scalars.count {
            let s = scalars[i]
            if quoted {
                if s == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { current.append(s); i += 1 } else { quoted = false }
                } else {
                    current.append(s)
                }
            } else if s == "\"" {
                guard atStart else { return nil }
                quoted = true
            } else if s == "," {
                fields.append(String(current)); current = .init(); atStart = true; i += 1; continue
            } else {
                guard s != "\r", s != "\n" else { return nil }
                current.append(s)
            }
            atStart = false
            i += 1
        }
        guard !quoted else { return nil }
        fields.append(String(current))
        return fields
    }

    // MARK: header and plain rows

    /// The six columns of the first version, then the three added at the end.
    @Test func headerNamesTheNineColumns() {
        #expect(CSVReporter.header == "carpeta,estatus,anulaciones,observaciones,avisos,documentos_con_hallazgos,"
            + "convocatoria,nombre_carpeta,documentos_por_corregir\n")
        #expect(fields(CSVReporter.header)?.count == 9)
    }

    /// `nombre_carpeta` is the folder's name under RAÍZ: the key of the `--registro` CSV.
    @Test(arguments: [("/datos/F001", "F001"), ("raiz/F-2/", "F-2"), ("F3", "F3"), ("/", "/")])
    func theFolderNameIsTheLastComponentOfItsPath(path: String, name: String) {
        #expect(CSVReporter.folderName(path) == name)
    }

    @Test func aCleanFolderHasZeroCountsAndNoDocuments() {
        #expect(CSVReporter.row(report()) == "/datos/F001,EN_PROCESO_DE_VALIDACION,0,0,0,,enarm-xlviii-2025-2026,F001,\n")
    }

    @Test func everyStatusIsWrittenAsItsRawValue() {
        for status in ExpedienteStatus.allCases {
            let row = CSVReporter.row(report(path: "F", status: status))
            #expect(fields(row)?[1] == status.rawValue)
        }
    }

    @Test func countsAreOneColumnPerSeverity() {
        let observations = [
            finding(.anulacion, "SOLICITUD"),
            finding(.observacion, "CURP"), finding(.observacion, "CURP"), finding(.observacion, nil),
            finding(.aviso, "CURP"), finding(.aviso, nil), finding(.aviso, "TITULO1"), finding(.aviso, "TITULO1"),
        ]
        let row = CSVReporter.row(report(status: .anulado, documents: ["SOLICITUD", "CURP", "TITULO1"], observations: observations))
        #expect(row == "/datos/F001,ANULADO,1,3,4,SOLICITUD CURP TITULO1,enarm-xlviii-2025-2026,F001,SOLICITUD CURP\n")
    }

    // MARK: documents with findings

    @Test func documentsFollowTheReportOrderThenTheOthersOnceEach() {
        let observations = [
            finding(.observacion, "CEDULA"),        // missing: not among the documents
            finding(.observacion, "TITULO1"),
            finding(.anulacion, "SOLICITUD"),
            finding(.observacion, "TITULO1"),
            finding(.observacion, nil),             // folder finding: no kind
            finding(.observacion, "BT09"),
            finding(.observacion, "CEDULA"),
        ]
        let documents = ["CURP", "SOLICITUD", "TITULO1", "TITULO1"]
        let row = CSVReporter.row(report(status: .anulado, documents: documents, observations: observations))
        #expect(fields(row)?[5] == "SOLICITUD TITULO1 CEDULA BT09")
        #expect(fields(row)?[8] == "SOLICITUD TITULO1 CEDULA BT09")
    }

    /// `documentos_con_hallazgos` lists every document with a finding, avisos too;
    /// `documentos_por_corregir` only those with one that must be fixed.
    @Test func avisosListTheDocumentWithFindingsButNotToFix() {
        let observations = [finding(.aviso, "CURP"), finding(.aviso, "TITULO1"), finding(.observacion, "TITULO1")]
        let row = CSVReporter.row(report(status: .conObservaciones, documents: ["CURP", "TITULO1"], observations: observations))
        #expect(fields(row)?[5] == "CURP TITULO1")
        #expect(fields(row)?[8] == "TITULO1")
    }

    @Test func folderFindingsAloneListNoDocument() {
        let row = CSVReporter.row(report(status: .conObservaciones, observations: [finding(.observacion, nil), finding(.anulacion, nil)]))
        #expect(row == "/datos/F001,CON_OBSERVACIONES,1,1,0,,enarm-xlviii-2025-2026,F001,\n")
    }

    // MARK: quoting

    @Test(arguments: [
        ("a,b", "\"a,b\""),
        ("di\"jo\"", "\"di\"\"jo\"\"\""),
        ("\"", "\"\"\"\""),
        ("línea\nnueva", "\"línea\nnueva\""),
        ("retorno\rcarro", "\"retorno\rcarro\""),
        ("crlf\r\nfin", "\"crlf\r\nfin\""),
        ("\nempieza", "\"\nempieza\""),
        ("José Núñez Peña", "José Núñez Peña"),
        ("Jose\u{301} Nu\u{303}n\u{303}ez", "Jose\u{301} Nu\u{303}n\u{303}ez"),
        ("con espacio", "con espacio"),
        ("tab\tdentro", "tab\tdentro"),
        ("a;b", "a;b"),
        ("", ""),
    ])
    func quotingFollowsRFC4180(path: String, cell: String) throws {
        let row = CSVReporter.row(report(path: path))
        #expect(row.hasPrefix(cell + ",EN_PROCESO_DE_VALIDACION,0,0,0,,enarm-xlviii-2025-2026,"))
        let read = try #require(fields(row))
        #expect(read.count == 9)
        #expect(read[0] == path)
    }

    // MARK: formula injection

    @Test(arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("-1", "'-1"),
        ("-2+3", "'-2+3"),
        ("+52 55 1234", "'+52 55 1234"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\tcarpeta", "'\tcarpeta"),
        ("\rcarpeta", "\"'\rcarpeta\""),
        ("=1,2", "\"'=1,2\""),
        ("'=x", "''=x"),
        ("''-x", "'''-x"),
        ("=", "'="),
    ])
    func formulaTriggersGetAQuote(path: String, cell: String) throws {
        let row = CSVReporter.row(report(path: path))
        #expect(row.hasPrefix(cell + ",EN_PROCESO_DE_VALIDACION,0,0,0,,"))
        #expect(try #require(fields(row))[0] == "'" + path)
    }

    @Test(arguments: ["a=b", "F-001", "1-2", "'abc", "'", "''", "ñ=1", "folio@imss", "CURP ABCD"])
    func harmlessStartsAreLeftAlone(path: String) throws {
        let row = CSVReporter.row(report(path: path))
        #expect(row.hasPrefix(path + ",EN_PROCESO"))
    }

    @Test func noCellOfARowStartsWithATrigger() throws {
        let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
        let paths = ["=a", "-b", "+c", "@d", "\te", "\rf", "x", "=a,b", "\"=a\""]
        for path in paths {
            let cells = try #require(fields(CSVReporter.row(report(path: path, observations: [finding(.observacion, "-KIND")]))))
            for cell in cells {
                guard let first = cell.unicodeScalars.first else { continue }
                #expect(!triggers.contains(first), "\(cells)")
            }
            #expect(cells[5] == "'-KIND")
        }
    }

    // MARK: reading back

    @Test(arguments: [
        "/datos/F001", "", "a,b", "di\"jo", "\"", "\"\"", "línea\nnueva", "crlf\r\nfin", "\r", "\n",
        "=cmd", "-1", "+1", "@x", "\tx", "\rx", "'abc", "'=x", "''=x", "'", "''", "'''-", "=", "'-1,2\"",
        "José Núñez", "Jose\u{301}", "a\"\u{301}b", "\"\u{301}", ",\u{301}", "x\u{0600}", "\u{0600},y",
        "🇲🇽,🇲🇽", "carpeta",
    ])
    func parseFirstFieldInvertsTheWriter(path: String) {
        let row = CSVReporter.row(report(path: path, status: .conObservaciones, observations: [finding(.observacion, "CURP")]))
        #expect(CSVReporter.parseFirstField(Substring(row)) == path)
        #expect(CSVReporter.parseFirstField(row.dropLast()) == path)
        #expect(CSVReporter.parseFirstField(Substring(String(row.dropLast()) + "\r\n")) == path)
    }

    @Test func parseFirstFieldInvertsTheWriterOnGeneratedNames() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", ",", "\"", "'", "=", "+", "-", "@", "\t", "\r", "\n", " ", "ñ", "\u{301}", "\u{0600}", "é"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3000 {
            var path = String.UnicodeScalarView()
            for _ in 0..<(next() % 7) { path.append(alphabet[next() % alphabet.count]) }
            let name = String(path)
            let row = CSVReporter.row(report(path: name))
            #expect(CSVReporter.parseFirstField(Substring(row)) == name, "\(Array(name.unicodeScalars))")
            #expect(fields(row)?.count == 9, "\(Array(name.unicodeScalars))")
        }
    }

    @Test func parseFirstFieldReadsTheHeaderAsCarpeta() {
        #expect(CSVReporter.parseFirstField(Substring(CSVReporter.header)) == "carpeta")
    }

    @Test func parseFirstFieldRemovesOnlyTheQuoteTheWriterAdded() {
        #expect(CSVReporter.parseFirstField("'=x,A") == "=x")
        #expect(CSVReporter.parseFirstField("''=x,A") == "'=x")
        #expect(CSVReporter.parseFirstField("'abc,A") == "'abc")
        #expect(CSVReporter.parseFirstField("',A") == "'")
        #expect(CSVReporter.parseFirstField("\"'\r\",A") == "\r")
        #expect(CSVReporter.parseFirstField("\"'=1,2\",A") == "=1,2")
    }

    @Test func parseFirstFieldAcceptsQuotesTheWriterWouldNotNeed() {
        #expect(CSVReporter.parseFirstField("\"abc\",A") == "abc")
        #expect(CSVReporter.parseFirstField("\"\",A") == "")
        #expect(CSVReporter.parseFirstField(",A") == "")
    }

    @Test(arguments: [
        "",                    // empty line
        "\n",
        "abc",                 // cut before the first comma
        "abc\n",
        "\"abc",               // unterminated quote
        "\"a,b",
        "\"abc\"",             // quoted, but no comma after it
        "\"abc\"\n",
        "\"ab\"\"",            // ends inside an escaped quote
        "\"abc\"x,A",          // text after the closing quote
        "ab\"c,A",             // quote inside an unquoted field
        "ab\nc,A",             // line break outside quotes
        "ab\rc,A",
    ])
    func parseFirstFieldRefusesWhatTheWriterCannotProduce(line: String) {
        #expect(CSVReporter.parseFirstField(Substring(line)) == nil)
    }

    @Test func parseFirstFieldWorksOnASubstringOfALargerText() throws {
        let text = CSVReporter.header + CSVReporter.row(report(path: "=uno")) + CSVReporter.row(report(path: "dos,tres"))
        let second = try #require(text.firstIndex(of: "\n"))
        let rest = text[text.index(after: second)...]
        #expect(CSVReporter.parseFirstField(rest) == "=uno")
        let third = try #require(rest.firstIndex(of: "\n"))
        #expect(CSVReporter.parseFirstField(rest[rest.index(after: third)...]) == "dos,tres")
    }
}
