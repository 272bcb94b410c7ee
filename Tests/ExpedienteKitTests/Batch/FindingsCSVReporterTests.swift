import ExpedienteKit
import Testing

@Suite struct FindingsCSVReporterTests {
    let report = ExpedienteReport(
        convocatoria: "cer-2026-2027", path: "/datos/=F001", status: .conObservaciones,
        documents: [.init(kind: "CURP", file: "curp.jpg", observations: 1)],
        observations: [
            Observation(check: "name.exact", severity: .observacion, document: "CURP", file: "curp.jpg",
                        message: "El nombre debe ser CURP.JPG, dijo \"x\".", expected: "CURP.JPG", actual: "curp.jpg",
                        hint: "Renombre el archivo, exactamente como CURP.JPG"),
            Observation(check: "inventory.missing", severity: .anulacion, document: "SOLICITUD", file: nil, message: "Falta SOLICITUD."),
        ])

    /// One row per finding: folder as given and by name, its convocatoria and status, then the finding.
    @Test func oneRowPerFindingWithTheFolderItsCallAndTheFix() {
        var reporter = FindingsCSVReporter()
        #expect(reporter.begin() == "carpeta,nombre_carpeta,convocatoria,estatus,documento,archivo,comprobacion,severidad,"
            + "mensaje,correccion,esperado,encontrado\n")
        let rows = reporter.add(report)
        #expect(rows == """
            /datos/=F001,'=F001,cer-2026-2027,CON_OBSERVACIONES,CURP,curp.jpg,name.exact,observacion,\
            "El nombre debe ser CURP.JPG, dijo ""x"".","Renombre el archivo, exactamente como CURP.JPG",CURP.JPG,curp.jpg
            /datos/=F001,'=F001,cer-2026-2027,CON_OBSERVACIONES,SOLICITUD,,inventory.missing,anulacion,Falta SOLICITUD.,,,

            """)
        #expect(reporter.end() == "")
    }

    @Test func aFolderWithoutFindingsHasNoRow() {
        var reporter = FindingsCSVReporter()
        #expect(reporter.add(ExpedienteReport(convocatoria: "c", path: "F", status: .enProcesoDeValidacion, documents: [], observations: [])) == "")
    }
}
