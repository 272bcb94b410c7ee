import Foundation

/// An applicant folder whose names are markup and quotes: the valid sample, in a folder named
/// `<script>alert("carpeta")</script>`, with CURP.JPG renamed to an `<img onerror>` tag.
enum HostileFolder {
    static let folderName = "<script>alert(\"carpeta\")</script> 'x' & y"
    static let fileName = "<img src=x onerror=alert('archivo')>\".JPG"

    static func make(in work: URL) throws -> URL {
        let folder = work.appendingPathComponent(folderName)
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("SampleDocs/01-valido"), to: folder)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("CURP.JPG"), to: folder.appendingPathComponent(fileName))
        return folder
    }
}
