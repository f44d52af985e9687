import Foundation
import Testing
import VixenTestSupport

/// `.vixen-gate.yml` at the range's base, `--config FILE`, and their errors, shown through the
/// `git.file-too-large` rule.
struct ConfigurationTests {
    /// A 2048-byte file, twice the limit that ``smallLimit`` sets.
    static let largePath = "backend/app/fixtures/orders.csv"
    static let largeContents = String(repeating: "1234567\n", count: 256)
    static let smallLimit = "limits:\n  max_file_size: 1 KiB\n"

    static let largeFileMessage =
        "backend/app/fixtures/orders.csv is 2048 bytes, over the 1024-byte limit, so it was listed but not read. "
        + "Raise limits.max_file_size in .vixen-gate.yml to check it, or keep large files out of git."

    let gate: VixenGateBinary

    init() throws {
        gate = try VixenGateBinary()
    }

    /// Makes a team repository whose first commit has `baseConfig` as `.vixen-gate.yml`, and a
    /// second commit that adds ``largePath`` and, when given, writes `headConfig`.
    ///
    /// - Returns: The repository and the id of the second commit, the only commit in the range.
    private func repositoryWithLargeFile(
        baseConfig: String?, headConfig: String? = nil
    ) throws -> (repository: GitRepository, head: String) {
        let repository = try TeamRepository.make()
        if let baseConfig {
            try repository.write(".vixen-gate.yml", baseConfig)
            try repository.commit("Configure vixen-gate")
        }
        if let headConfig {
            try repository.write(".vixen-gate.yml", headConfig)
        }
        try repository.write(Self.largePath, Self.largeContents)
        let head = try repository.commit("Add the orders fixture")
        return (repository, head)
    }

    private static func largeFileFinding(severity: String, commit: String) -> JSONReport.Finding {
        JSONReport.Finding(
            rule: "git.file-too-large", severity: severity, file: largePath, line: nil, commit: commit,
            message: largeFileMessage)
    }

    // MARK: Severity

    @Test func largeFileIsWarning() throws {
        let (repository, head) = try repositoryWithLargeFile(baseConfig: Self.smallLimit)

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(report.findings == [Self.largeFileFinding(severity: "warning", commit: head)])
        #expect(report.blocked == false)
        #expect(report.summary == JSONReport.Summary(errors: 0, warnings: 1, info: 0, baselined: 0))
        #expect(report.files == [JSONReport.File(Self.largePath, "added", "BE")])
    }

    @Test func findingWritesNullLine() throws {
        let (repository, _) = try repositoryWithLargeFile(baseConfig: Self.smallLimit)

        let result = try gate.run(["check", "--base", "HEAD~1", "--format", "json"], in: repository.url)

        #expect(result.stdout.contains("\"line\" : null,"))
        let keys = try JSONKeyPaths.collect(from: result.stdout)
        let findingKeys = keys.filter { $0.hasPrefix("findings[].") }
        #expect(
            findingKeys == [
                "findings[].rule", "findings[].severity", "findings[].file", "findings[].line",
                "findings[].commit", "findings[].message",
            ])
    }

    @Test func errorSeverityBlocks() throws {
        let config = Self.smallLimit + "severity:\n  git.file-too-large: error\n"
        let (repository, head) = try repositoryWithLargeFile(baseConfig: config)

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(report.blocked == true)
        #expect(report.findings == [Self.largeFileFinding(severity: "error", commit: head)])
        #expect(report.summary == JSONReport.Summary(errors: 1, warnings: 0, info: 0, baselined: 0))
    }

    @Test func offSeverityDropsFinding() throws {
        let config = Self.smallLimit + "severity:\n  git.file-too-large: off\n"
        let (repository, _) = try repositoryWithLargeFile(baseConfig: config)

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 0)
        #expect(report.findings == [])
        #expect(report.blocked == false)
        #expect(report.files == [JSONReport.File(Self.largePath, "added", "BE")])
    }

    // MARK: Which file applies

    @Test func configAddedAtHeadDoesNotApply() throws {
        let config = Self.smallLimit + "severity:\n  git.file-too-large: error\n"
        let (repository, _) = try repositoryWithLargeFile(baseConfig: nil, headConfig: config)

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 0)
        #expect(report.findings == [])
        #expect(
            report.files == [
                JSONReport.File(".vixen-gate.yml", "added", nil),
                JSONReport.File(Self.largePath, "added", "BE"),
            ])
    }

    @Test func headCannotLoosenBaseConfig() throws {
        let looser = "limits:\n  max_file_size: 1 MiB\n"
        let (repository, head) = try repositoryWithLargeFile(baseConfig: Self.smallLimit, headConfig: looser)

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 0)
        #expect(report.findings == [Self.largeFileFinding(severity: "warning", commit: head)])
    }

    @Test func configFileOutsideRepositoryApplies() throws {
        // The repository's own file turns the rule off, and the file given with --config replaces it.
        let (repository, head) = try repositoryWithLargeFile(
            baseConfig: "severity:\n  git.file-too-large: off\n")
        let folder = try TemporaryDirectory(prefix: "vixen-gate-e2e-config")
        let configPath = folder.url.appendingPathComponent("gate.yml").path
        try Data((Self.smallLimit + "severity:\n  git.file-too-large: error\n").utf8)
            .write(to: URL(fileURLWithPath: configPath))

        let (result, report) = try gate.checkJSON(
            ["--base", "HEAD~1", "--config", configPath], in: repository.url)

        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(report.findings == [Self.largeFileFinding(severity: "error", commit: head)])
        #expect(report.blocked == true)
    }

    @Test func relativeConfigPathStartsAtCurrentDirectory() throws {
        let (repository, head) = try repositoryWithLargeFile(baseConfig: nil)
        let folder = try TemporaryDirectory(prefix: "vixen-gate-e2e-config")
        try Data(Self.smallLimit.utf8).write(to: folder.url.appendingPathComponent("gate.yml"))

        let (result, report) = try gate.checkJSON(
            ["--repo", repository.path, "--base", "HEAD~1", "--config", "gate.yml"], in: folder.url)

        #expect(result.status == 0)
        #expect(report.findings == [Self.largeFileFinding(severity: "warning", commit: head)])
    }

    // MARK: Errors

    @Test func missingConfigFileNamesPath() throws {
        let (repository, _) = try repositoryWithLargeFile(baseConfig: nil)
        let folder = try TemporaryDirectory(prefix: "vixen-gate-e2e-config")
        let missing = folder.url.appendingPathComponent("missing.yml").path

        let result = try gate.run(["check", "--base", "HEAD~1", "--config", missing], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: The configuration file \"\(missing)\" does not exist. "
                + "Check the path given to --config.\n")
    }

    @Test func invalidYAMLNamesLineAndColumn() throws {
        let (repository, _) = try repositoryWithLargeFile(baseConfig: nil)
        let folder = try TemporaryDirectory(prefix: "vixen-gate-e2e-config")
        let configPath = folder.url.appendingPathComponent("broken.yml").path
        let broken = "limits:\n  max_file_size: 1 KiB\n rename_limit: 10\n"
        try Data(broken.utf8).write(to: URL(fileURLWithPath: configPath))

        let result = try gate.run(["check", "--base", "HEAD~1", "--config", configPath], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("vixen-gate: error: \(configPath):3:2: Invalid YAML: libyaml reports \""))
        #expect(result.stderr.hasSuffix(" Check the indentation, colons and quotes at this position.\n"))
    }

    @Test func invalidBaseConfigNamesCommit() throws {
        let (repository, _) = try repositoryWithLargeFile(baseConfig: "limits:\n  max_file_sise: 1 KiB\n")
        let base = try repository.revParse("HEAD~1")

        let result = try gate.run(["check", "--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: \(base.prefix(7)):.vixen-gate.yml:2:3: Unknown key \"max_file_sise\" in limits. "
                + "Did you mean \"max_file_size\"? Known keys: max_file_size, rename_limit.\n")
    }
}
