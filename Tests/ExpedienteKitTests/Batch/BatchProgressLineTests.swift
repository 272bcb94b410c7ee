import ExpedienteKit
import Testing

@Suite struct BatchProgressLineTests {
    /// 412 of 1000 folders at 23.5 folders/s: 25 s to go.
    private func sample(width: Int) -> String {
        ProgressLine.render(foldersDone: 412, foldersTotal: 1000, filesDone: 4944, elapsed: 412 / 23.5, width: width)
    }

    private func line(done: Int = 1, total: Int, files: Int = 0, elapsed: Double = 1, width: Int = 200) -> String {
        ProgressLine.render(foldersDone: done, foldersTotal: total, filesDone: files, elapsed: elapsed, width: width)
    }

    private func bar(_ filled: Int, _ empty: Int) -> String {
        "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: empty) + "] "
    }

    // MARK: the four reference widths

    @Test func wideTerminalsGetABarOfThirtyCells() {
        #expect(sample(width: 200) == bar(12, 18) + "412/1 000 carpetas · 4 944 archivos · 23.5 carpetas/s · faltan 25 s")
    }

    @Test func eightyColumnsFitEverythingWithAShorterBar() {
        let text = sample(width: 80)
        #expect(text == bar(4, 6) + "412/1 000 carpetas · 4 944 archivos · 23.5 carpetas/s · faltan 25 s")
        #expect(text.count == 80)
    }

    @Test func fortyColumnsDropTheBarFilesAndRate() {
        #expect(sample(width: 40) == "412/1 000 carpetas · faltan 25 s")
    }

    @Test func twentyColumnsKeepTheCounts() {
        #expect(sample(width: 20) == "412/1 000 carpetas")
    }

    @Test func dropsPartsInOrderAsTheTerminalNarrows() {
        #expect(sample(width: 78) == bar(3, 5) + "412/1 000 carpetas · 4 944 archivos · 23.5 carpetas/s · faltan 25 s")
        #expect(sample(width: 77) == "412/1 000 carpetas · 4 944 archivos · 23.5 carpetas/s · faltan 25 s")
        #expect(sample(width: 67) == "412/1 000 carpetas · 4 944 archivos · 23.5 carpetas/s · faltan 25 s")
        #expect(sample(width: 66) == "412/1 000 carpetas · 23.5 carpetas/s · faltan 25 s")
        #expect(sample(width: 50) == "412/1 000 carpetas · 23.5 carpetas/s · faltan 25 s")
        #expect(sample(width: 49) == "412/1 000 carpetas · faltan 25 s")
        #expect(sample(width: 32) == "412/1 000 carpetas · faltan 25 s")
        #expect(sample(width: 31) == "412/1 000 carpetas")
        #expect(sample(width: 18) == "412/1 000 carpetas")
        #expect(sample(width: 17) == "412/1 000")
        #expect(sample(width: 9) == "412/1 000")
        #expect(sample(width: 8) == "412/1 0…")
        #expect(sample(width: 1) == "…")
        #expect(sample(width: 0) == "")
        #expect(sample(width: -5) == "")
    }

    /// Whatever the input, the line fits, has no line break, and a part is
    /// shown only when every part kept longer is shown too.
    @Test func neverExceedsTheWidthAndDropsInPriorityOrder() {
        let inputs: [(Int, Int, Int, Double)] = [
            (412, 1000, 4944, 17.5), (0, 0, 0, 0), (0, 1000, 0, 0), (5, 0, 7, 3), (1500, 1000, 20_000, 12),
            (Int.max, Int.max, Int.max, 1), (1, Int.max, Int.max, 1e9), (Int.max, 1, 0, .infinity),
            (-3, -7, -1, -2), (999_999, 1_000_000, 12_345_678, 86_399), (3, 10, 30, .nan), (1, 2, 3, .greatestFiniteMagnitude),
        ]
        for (done, total, files, elapsed) in inputs {
            var previous = ""
            for width in -1...220 {
                let text = ProgressLine.render(foldersDone: done, foldersTotal: total, filesDone: files, elapsed: elapsed, width: width)
                let context = "\(done) \(total) \(files) \(elapsed) width \(width): \(text)"
                #expect(text.count <= max(0, width), "\(context)")
                #expect(width < 1 || !text.isEmpty, "\(context)")
                #expect(!text.contains("\n") && !text.contains("\r"), "\(context)")
                let hasBar = text.hasPrefix("[")
                let hasFiles = text.contains("archivos")
                let hasRate = text.contains("carpetas/")
                let hasTiming = text.contains("faltan") || text.contains("calculando…")
                let hasWord = text.contains(" carpetas")
                let calculating = text.contains("calculando…")
                #expect(!hasBar || hasFiles, "\(context)")
                #expect(!hasFiles || hasRate || calculating, "\(context)")
                #expect(!hasRate || hasTiming, "\(context)")
                #expect(!hasTiming || hasWord, "\(context)")
                // A wider terminal never shows less.
                #expect(text.count >= previous.count, "\(context)")
                previous = text
            }
        }
    }

    @Test(arguments: [20, 40, 80, 200])
    func referenceWidthsHoldForHugeNumbers(width: Int) {
        let text = line(done: Int.max - 1, total: Int.max, files: Int.max, elapsed: 1, width: width)
        let counts = "9 223 372 036 854 775 806/9 223 372 036 854 775 807"
        #expect(text.count <= width)
        switch width {
        case 200:
            #expect(text == bar(29, 1) + counts + " carpetas · 9 223 372 036 854 775 807 archivos · 1 000 000 000 000 000 carpetas/s · faltan 0 s")
        case 80: #expect(text == counts + " carpetas · faltan 0 s")
        default: #expect(text == String(counts.prefix(width - 1)) + "…")
        }
    }

    // MARK: rate and remaining time

    @Test func calculatesUntilASecondHasPassedAndAFolderIsDone() {
        #expect(line(done: 5, total: 10, elapsed: 0, width: 45) == "5/10 carpetas · 0 archivos · calculando…")
        #expect(line(done: 5, total: 10, elapsed: 0.999, width: 45) == "5/10 carpetas · 0 archivos · calculando…")
        #expect(line(done: 0, total: 10, elapsed: 30, width: 45) == "0/10 carpetas · 0 archivos · calculando…")
        for elapsed: Double in [-1, .nan, .infinity, -.infinity] {
            #expect(line(done: 5, total: 10, elapsed: elapsed, width: 45) == "5/10 carpetas · 0 archivos · calculando…")
        }
        #expect(line(done: 5, total: 10, elapsed: 1, width: 60) == "5/10 carpetas · 0 archivos · 5.0 carpetas/s · faltan 1 s")
        #expect(line(done: 5, total: 10, elapsed: 0, width: 27) == "5/10 carpetas · calculando…")
        #expect(line(done: 5, total: 10, elapsed: 0, width: 26) == "5/10 carpetas")
    }

    @Test(arguments: [
        (0, "faltan 0 s"), (25, "faltan 25 s"), (59, "faltan 59 s"), (60, "faltan 1 min 00 s"), (185, "faltan 3 min 05 s"),
        (3599, "faltan 59 min 59 s"), (3600, "faltan 1 h 00 min"), (3720, "faltan 1 h 02 min"),
        (99 * 3600 + 59 * 60, "faltan 99 h 59 min"), (100 * 3600, "faltan más de 99 h"), (Int.max - 1, "faltan más de 99 h"),
    ])
    func remainingTimeIsWrittenForPeople(seconds: Int, expected: String) {
        // One folder a second: the folders left are the seconds left.
        #expect(line(done: 1, total: 1 + seconds, elapsed: 1).hasSuffix(" · " + expected))
    }

    @Test func remainingTimeRoundsToTheSecond() {
        #expect(line(done: 2, total: 3, elapsed: 1.2).hasSuffix(" · faltan 1 s"))        // 0.6 s
        #expect(line(done: 2, total: 3, elapsed: 1).hasSuffix(" · faltan 1 s"))          // 0.5 s
        #expect(line(done: 4, total: 5, elapsed: 1.6).hasSuffix(" · faltan 0 s"))        // 0.4 s
        #expect(line(done: 10, total: 128, elapsed: 5).hasSuffix(" · faltan 59 s"))      // 59 s
        #expect(line(done: 10, total: 129, elapsed: 5).hasSuffix(" · faltan 1 min 00 s")) // 59.5 s
    }

    @Test(arguments: [
        (3, 2.0, "1.5 carpetas/s"), (1, 1.0, "1.0 carpetas/s"), (1, 2.0, "30.0 carpetas/min"), (1, 600.0, "0.1 carpetas/min"),
        (1, 1e9, "0.0 carpetas/min"), (997, 10.0, "99.7 carpetas/s"), (1000, 10.0, "100 carpetas/s"),
        (12_345, 1.0, "12 345 carpetas/s"), (Int.max, 1.0, "1 000 000 000 000 000 carpetas/s"),
    ])
    func rateHasOneDecimalBelowAHundred(done: Int, elapsed: Double, expected: String) {
        #expect(line(done: done, total: Int.max, elapsed: elapsed).contains(" · " + expected + " · "))
    }

    // MARK: counts and bar

    @Test func countsHaveThousandsSeparatedBySpaces() {
        #expect(line(done: 999, total: 1000, files: 1_234_567, elapsed: 0, width: 80) == bar(23, 1) + "999/1 000 carpetas · 1 234 567 archivos · calculando…")
        #expect(line(done: 999, total: 1000, files: 999, elapsed: 0, width: 40) == "999/1 000 carpetas · calculando…")
        #expect(line(done: 0, total: Int.max, elapsed: 0, width: 24) == "0/9 223 372 036 854 775…")
    }

    @Test func theBarIsFullOnlyWhenEveryFolderIsDone() {
        #expect(line(done: 999, total: 1000, width: 200).hasPrefix(bar(29, 1)))
        #expect(line(done: 1000, total: 1000, width: 200).hasPrefix(bar(30, 0)))
        #expect(line(done: 0, total: 1000, elapsed: 0, width: 200).hasPrefix(bar(0, 30)))
        #expect(line(done: 500, total: 1000, width: 200).hasPrefix(bar(15, 15)))
    }

    @Test func noFoldersIsDoneWithoutCrashing() {
        #expect(line(done: 0, total: 0, elapsed: 0, width: 200) == bar(30, 0) + "0/0 carpetas · 0 archivos · calculando…")
        #expect(line(done: 0, total: 0, elapsed: 0, width: 20) == "0/0 carpetas")
    }

    @Test func moreDoneThanTotalShowsCompleteWithNothingLeft() {
        #expect(line(done: 1500, total: 1000, files: 2, elapsed: 10, width: 200)
            == bar(30, 0) + "1 500/1 000 carpetas · 2 archivos · 150 carpetas/s · faltan 0 s")
    }

    @Test func negativeCountsAreTakenAsZero() {
        #expect(line(done: -4, total: -10, files: -1, elapsed: 3, width: 60) == bar(18, 0) + "0/0 carpetas · 0 archivos · calculando…")
        #expect(line(done: -4, total: 10, files: 3, elapsed: 3, width: 40) == "0/10 carpetas · 3 archivos · calculando…")
    }
}
