import ExpedienteKit
import Foundation
import Testing

@Suite struct FolderListTests {
    let root = "/datos/convocatoria"
    let entries = ["2025-48-000001", "2025-48-000002", "2025-48-000003", "NOTAS.txt"].map { name in
        FolderEntry(rawName: Array(name.utf8), path: Array("/datos/convocatoria/\(name)".utf8),
                    type: name.hasSuffix(".txt") ? .regular : .directory, size: 0)
    }

    func select(_ text: String) throws(BatchSelectionError) -> [String] {
        try FolderList.select(Array(text.utf8), display: "lista.txt", root: root, entries: entries).map(\.relativePath)
    }

    /// Names, `./` and trailing `/`, CRLF, empty lines and RAÍZ as written: all mean a folder under RAÍZ;
    /// the result is in name order, whatever the order of the lines.
    @Test func linesNameFoldersUnderTheRootInNameOrder() throws {
        let list = "2025-48-000003\r\n\n./2025-48-000001/\n/datos/convocatoria/2025-48-000002\n"
        #expect(try select(list) == ["2025-48-000001", "2025-48-000002", "2025-48-000003"])
        #expect(try select("") == [])
    }

    /// Every bad line is named with its number, in Spanish, and nothing is selected.
    @Test func badLinesAreAllReportedWithTheirNumbers() {
        let list = "2025-48-000001\n2025-48-000009\nNOTAS.txt\n../otra/2025-48-000001\n/tmp/2025-48-000002\n2025-48-000001\n..\n"
        #expect { try select(list) } throws: { error in
            let text = "\(error)"
            return text.contains("6 línea(s)") && text.contains("línea 2: no hay «2025-48-000009»")
                && text.contains("línea 3: «NOTAS.txt» no es una carpeta") && text.contains("línea 4:")
                && text.contains("línea 5: «/tmp/2025-48-000002» no está directamente bajo RAÍZ")
                && text.contains("línea 6: «2025-48-000001» ya está en la línea 1") && text.contains("línea 7:")
                && !text.contains("línea 1:")
        }
    }

    @Test func controlCharactersInALineAreShownEscaped() {
        #expect { try select("2025\u{1B}[2J\n") } throws: { error in
            "\(error)".contains("2025\\x1B[2J") && !"\(error)".contains("\u{1B}")
        }
    }
}
