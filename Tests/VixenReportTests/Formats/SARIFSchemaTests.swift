import Foundation
import Testing
import VixenCore
import VixenReport

extension Formats {
    /// Validates rendered SARIF against the SARIF 2.1.0 JSON schema with `scripts/validate-sarif.py`.
    ///
    /// The validator runs in the Python virtual environment that `scripts/test.sh` creates and names in
    /// `VIXEN_GATE_TEST_PYTHON`. Without that variable the tests fail rather than skip, so a run that
    /// cannot validate never looks like a run that validated.
    @Suite("SARIF schema")
    struct SARIFSchemaTests {
        static let pythonVariable = "VIXEN_GATE_TEST_PYTHON"

        /// The repository root, three folders above this file.
        static let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()

        struct Validation {
            let status: Int32
            let output: String
        }

        /// Writes each log to a temporary file and runs the validator on all of them.
        private func validate(_ logs: [(name: String, text: String)]) throws -> Validation {
            let environment = ProcessInfo.processInfo.environment
            guard let python = environment[Self.pythonVariable], !python.isEmpty else {
                Issue.record(
                    """
                    \(Self.pythonVariable) is not set, so SARIF cannot be validated against its schema. Run \
                    scripts/test.sh, which creates the Python environment and sets it, or run \
                    scripts/setup-test-python.sh and set \(Self.pythonVariable) to the python it prints.
                    """)
                throw ValidatorUnavailable()
            }

            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "vixen-gate-sarif-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }

            var paths: [String] = []
            for log in logs {
                let file = folder.appendingPathComponent(log.name + ".sarif")
                try Data(log.text.utf8).write(to: file)
                paths.append(file.path)
            }

            let script = Self.packageRoot.appendingPathComponent("scripts/validate-sarif.py").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script] + paths
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            // One pipe for both streams, read to its end before waiting, so a long output cannot block.
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Validation(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
        }

        struct ValidatorUnavailable: Error {}

        @Test func everyFixtureIsValid() throws {
            var logs: [(name: String, text: String)] = []
            let fixtures = ReportFixtures.all + [("escaping", FormatFixtures.escaping)]
            for (name, report) in fixtures {
                for language in Language.allCases {
                    logs.append(
                        ("\(name)-\(language.rawValue)", FormatFixtures.sarif.render(report, language: language)))
                }
            }
            let standard = SARIFReportRenderer(rules: .empty, toolVersion: "0.1.0")
            logs.append(("no-catalog", standard.render(ReportFixtures.mixed, language: .english)))

            let validation = try validate(logs)
            #expect(validation.status == 0, "\(validation.output)")
            #expect(validation.output.hasSuffix("\(logs.count) valid, 0 invalid\n"), "\(validation.output)")
        }

        @Test func truncatedLogIsValid() throws {
            let renderer = SARIFReportRenderer(rules: FormatFixtures.rules, toolVersion: "0.1.0", maximumResults: 2)
            let report = FormatFixtures.many(errors: 2, warnings: 2, infos: 1)
            let validation = try validate([("truncated", renderer.render(report, language: .spanish))])
            #expect(validation.status == 0, "\(validation.output)")
        }

        /// Shows that the validator can fail: a level SARIF does not define must be reported.
        @Test func invalidLevelIsRejected() throws {
            let text = FormatFixtures.sarif.render(ReportFixtures.singleWarning, language: .english)
                .replacingOccurrences(of: #""level" : "warning""#, with: #""level" : "fatal""#)
            let validation = try validate([("invalid", text)])
            #expect(validation.status == 1)
            #expect(
                validation.output.contains("/runs/0/results/0/level: 'fatal' is not one of"), "\(validation.output)")
            #expect(validation.output.hasSuffix("0 valid, 1 invalid\n"), "\(validation.output)")
        }
    }
}
