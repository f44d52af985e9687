import Foundation
import Testing

@testable import VixenCLI

/// The tests of `check --ci` and of the report files.
///
/// The suites of CI detection, range resolution, `--output` and writing are nested here, so that
/// `swift test --filter CI` selects them.
@Suite enum CI {}

extension CI {
    /// Collects what a run writes to standard output and standard error.
    final class ConsoleCapture: @unchecked Sendable {
        private let lock = NSLock()
        private var outputText = ""
        private var errorText = ""

        var output: String { lock.withLock { outputText } }
        var error: String { lock.withLock { errorText } }

        var console: Console {
            Console(
                writeOutput: { text in self.lock.withLock { self.outputText += text } },
                writeError: { text in self.lock.withLock { self.errorText += text } },
                outputIsTerminal: false)
        }
    }

    static let baseID = String(repeating: "a", count: 40)
    static let headID = String(repeating: "b", count: 40)
    static let shaID = String(repeating: "c", count: 40)
    static let mergeHeadID = String(repeating: "d", count: 40)
    static let zeroSHA1 = String(repeating: "0", count: 40)
    static let zeroSHA256 = String(repeating: "0", count: 64)
    static let sha256ID = String(repeating: "e", count: 64)
}
