import ExpedienteKit
import Testing

@Suite struct BatchRootTests {
    func entries(_ names: [String], folders: [String] = []) -> [FolderEntry] {
        names.map { FolderEntry(rawName: Array($0.utf8), path: Array("/r/\($0)".utf8), type: .regular, size: 1) }
            + folders.map { FolderEntry(rawName: Array($0.utf8), path: Array("/r/\($0)".utf8), type: .directory, size: 0) }
    }

    /// Documents of the call (or applicant data) and no folder: one expediente, not a batch root.
    @Test func documentsWithoutFoldersAreOneExpediente() {
        let found = BatchRoot.singleExpedienteFiles(entries(["CURP.JPG", "SOLICITUD.JPG", "REGISTRO.yaml"]), convocatoria: Checking.convocatoria)
        #expect(found?.contains("CURP.JPG") == true)
        #expect(found?.contains("REGISTRO.yaml") == true)
    }

    @Test func aRootWithFoldersOrWithoutDocumentsIsABatchRoot() {
        #expect(BatchRoot.singleExpedienteFiles(entries(["CURP.JPG"], folders: ["2025-48-000001"]), convocatoria: Checking.convocatoria) == nil)
        #expect(BatchRoot.singleExpedienteFiles(entries(["registros.csv", "LEAME.txt"]), convocatoria: Checking.convocatoria) == nil)
        #expect(BatchRoot.singleExpedienteFiles([], convocatoria: Checking.convocatoria) == nil)
    }
}
