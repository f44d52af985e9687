import Foundation
import Testing
import VixenCore
import VixenTestSupport

@testable import VixenCLI

@Suite struct ScanProgressTests {
    /// Collects what a run writes to standard error, with standard error shown as a terminal or not.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var errorText = ""
        private var outputText = ""
        let isTerminal: Bool

        init(isTerminal: Bool) {
            self.isTerminal = isTerminal
        }

        var console: Console {
            Console(
                writeOutput: { [self] text in lock.withLock { outputText += text } },
                writeError: { [self] text in lock.withLock { errorText += text } },
                outputIsTerminal: false, errorIsTerminal: isTerminal)
        }

        var error: String { lock.withLock { errorText } }
        var output: String { lock.withLock { outputText } }
    }

    @Test func terminalLineIsRewrittenAndCleared() {
        let capture = Capture(isTerminal: true)
        let progress = ScanProgress(console: capture.console, language: .english)

        progress.show(done: 256, total: 600)
        progress.show(done: 512, total: 600)
        progress.clear()

        #expect(
            capture.error
                == "\rScanning history: 256/600 commits\u{1B}[K\rScanning history: 512/600 commits\u{1B}[K\r\u{1B}[K")
    }

    @Test func spanishLine() {
        let capture = Capture(isTerminal: true)
        ScanProgress(console: capture.console, language: .spanish).show(done: 1, total: 2)
        #expect(capture.error == "\rAnalizando el historial: 1/2 commits\u{1B}[K")
    }

    @Test func nothingWhenNotTerminal() {
        let capture = Capture(isTerminal: false)
        let progress = ScanProgress(console: capture.console, language: .english)

        progress.show(done: 1, total: 2)
        progress.clear()

        #expect(capture.error == "")
    }

    @Test func historyScanOnTerminalEndsWithClearedLine() throws {
        let repository = try GitRepository()
        for index in 0..<3 {
            try repository.write("notes.md", "note \(index)\n")
            try repository.commit("Note \(index)")
        }
        let capture = Capture(isTerminal: true)

        let status = VixenGate.run(
            arguments: ["scan", "--history", "--repo", repository.path], environment: ["LANG": "en_US.UTF-8"],
            currentDirectory: repository.path, console: capture.console)

        #expect(status == 0)
        #expect(capture.error == "\rScanning history: 3/3 commits\u{1B}[K\r\u{1B}[K")
        #expect(capture.output.hasPrefix("History of HEAD: 3 commits\n"))
    }
}
