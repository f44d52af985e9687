import Foundation
import VixenTestSupport

/// The report that `vixen-gate check --format json` prints, decoded for assertions.
///
/// Optional properties decode from `null` and from a missing key alike, so tests that need to
/// know which keys are present read them with ``JSONKeyPaths``.
struct JSONReport: Decodable, Equatable {
    struct Range: Decodable, Equatable {
        let base: String?
        let head: String?
        let commits: Int
        let staged: Bool
        let worktree: Bool
    }

    struct File: Decodable, Equatable, CustomStringConvertible {
        let path: String
        /// The path before a rename, from a key that only renamed files have.
        let oldPath: String?
        let status: String
        let component: String?

        enum CodingKeys: String, CodingKey {
            case path
            case oldPath = "old_path"
            case status
            case component
        }

        init(_ path: String, _ status: String, _ component: String?, oldPath: String? = nil) {
            self.path = path
            self.oldPath = oldPath
            self.status = status
            self.component = component
        }

        var description: String {
            let renamed = oldPath.map { "\($0) -> " } ?? ""
            return "\(status) \(renamed)\(path) [\(component ?? "null")]"
        }
    }

    struct Finding: Decodable, Equatable {
        let rule: String
        let severity: String
        let file: String?
        let line: Int?
        let commit: String?
        let message: String
    }

    struct Summary: Decodable, Equatable {
        let errors: Int
        let warnings: Int
        let info: Int
        /// Findings the secret baseline left out.
        let baselined: Int
    }

    /// One test command that `--run-tests` ran.
    struct TestRun: Decodable, Equatable {
        let component: String
        let command: String
        let directory: String
        let status: String
        let exitStatus: Int32
        let duration: Double

        enum CodingKeys: String, CodingKey {
            case component
            case command
            case directory
            case status
            case exitStatus = "exit_status"
            case duration
        }
    }

    let blocked: Bool
    let components: [String]
    let files: [File]
    let findings: [Finding]
    let language: String
    let range: Range
    let summary: Summary
    /// The test runs, from a key present only after `--run-tests`.
    let tests: [TestRun]?

    /// Decodes the standard output of `result`.
    static func decode(_ result: ProcessResult) throws -> JSONReport {
        do {
            return try JSONDecoder().decode(JSONReport.self, from: Data(result.stdout.utf8))
        } catch {
            throw JSONReportError.notAReport(reason: String(describing: error), result: result)
        }
    }
}

/// Standard output that is not a JSON report.
enum JSONReportError: Error, CustomStringConvertible {
    case notAReport(reason: String, result: ProcessResult)

    var description: String {
        switch self {
        case .notAReport(let reason, let result):
            return """
                standard output is not a JSON report (\(reason)); exit status \(result.status)
                stdout: \(result.stdout)
                stderr: \(result.stderr)
                """
        }
    }
}
