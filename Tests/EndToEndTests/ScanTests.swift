import Foundation
import Testing
import VixenTestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `vixen-gate scan`: the built binary on folders, standard input and histories.
struct ScanTests {
    /// GitHub classic tokens built at run time, so that no file of this repository contains one.
    static let token = "ghp_" + String(repeating: "k7Qz9Xw2", count: 3) + "aB3dE1fG4hJ5"
    static let otherToken = "ghp_" + String(repeating: "P4mN8vR2", count: 3) + "cD6eF7gH8iJ9"
    static let tokenRule = "secret.github-personal-access-token"

    /// The report `scan --format json` prints, decoded for assertions.
    struct Report: Decodable {
        struct Scope: Decodable, Equatable {
            let kind: String
            let paths: [String]?
            let files: Int?
            let allRefs: Bool?
            let commits: Int?

            enum CodingKeys: String, CodingKey {
                case kind
                case paths
                case files
                case allRefs = "all_refs"
                case commits
            }
        }

        let blocked: Bool
        let findings: [JSONReport.Finding]
        let range: JSONReport.Range?
        let scope: Scope
    }

    /// One finding reduced to what most tests compare.
    struct Located: Equatable, CustomStringConvertible {
        let rule: String
        let file: String?
        let line: Int?
        let commit: String?

        init(_ rule: String, _ file: String?, _ line: Int?, commit: String? = nil) {
            self.rule = rule
            self.file = file
            self.line = line
            self.commit = commit
        }

        var description: String { "\(rule) \(file ?? "-"):\(line ?? 0) \(commit ?? "")" }
    }

    let gate: VixenGateBinary

    init() throws {
        gate = try VixenGateBinary()
    }

    private func scan(
        _ arguments: [String], in directory: URL, stdin: String? = nil, environment: [String: String] = [:]
    ) throws -> ProcessResult {
        let base = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": gate.home.path]
        return try ProcessRunner.run(
            gate.executable.path, ["scan"] + arguments, in: directory,
            environment: base.merging(environment) { _, added in added }, stdin: stdin,
            timeout: VixenGateBinary.timeout)
    }

    private func scanJSON(
        _ arguments: [String], in directory: URL, stdin: String? = nil
    ) throws -> (result: ProcessResult, report: Report) {
        let result = try scan(["--format", "json"] + arguments, in: directory, stdin: stdin)
        do {
            return (result, try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8)))
        } catch {
            throw JSONReportError.notAReport(reason: String(describing: error), result: result)
        }
    }

    private func located(_ report: Report) -> [Located] {
        report.findings.map { Located($0.rule, $0.file, $0.line, commit: $0.commit) }
    }

    private func expectNoToken(_ result: ProcessResult, sourceLocation: SourceLocation = #_sourceLocation) {
        for token in [Self.token, Self.otherToken] {
            #expect(!result.stdout.contains(token), sourceLocation: sourceLocation)
            #expect(!result.stderr.contains(token), sourceLocation: sourceLocation)
        }
    }

    /// Returns a repository whose `src/app/config.py` contains a token on line 2 and whose ignored
    /// `secrets.local` contains another.
    private func repositoryWithPlantedKeys() throws -> GitRepository {
        let repository = try GitRepository()
        try repository.write(".gitignore", "secrets.local\n")
        try repository.write("src/app/config.py", "DEBUG = False\nGITHUB_TOKEN = \"\(Self.token)\"\n")
        try repository.write("secrets.local", "token=\(Self.otherToken)\n")
        return repository
    }

    // MARK: - Folders and ignore rules

    @Test func plantedKeyFoundAndIgnoredFileSkipped() throws {
        let repository = try repositoryWithPlantedKeys()

        let (result, report) = try scanJSON([], in: repository.url)

        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(report.blocked)
        #expect(located(report) == [Located(Self.tokenRule, "src/app/config.py", 2)])
        #expect(report.range == nil)
        #expect(report.scope == Report.Scope(kind: "paths", paths: ["."], files: 2, allRefs: nil, commits: nil))
        expectNoToken(result)
    }

    @Test func noIgnoreFindsIgnoredFile() throws {
        let repository = try repositoryWithPlantedKeys()

        let (result, report) = try scanJSON(["--no-ignore"], in: repository.url)

        #expect(result.status == 1)
        #expect(
            located(report) == [
                Located(Self.tokenRule, "secrets.local", 1), Located(Self.tokenRule, "src/app/config.py", 2),
            ])
        expectNoToken(result)
    }

    @Test(arguments: [
        (["src"], "src/app/config.py"),
        (["src/"], "src/app/config.py"),
        (["."], "./src/app/config.py"),
        (["./src/app/config.py"], "./src/app/config.py"),
    ])
    func pathsShownAsGiven(arguments: [String], expected: String) throws {
        let repository = try repositoryWithPlantedKeys()
        let (_, report) = try scanJSON(arguments, in: repository.url)
        #expect(report.findings.map(\.file) == [expected])
    }

    @Test func textReportNamesFileAndLine() throws {
        let repository = try repositoryWithPlantedKeys()

        let result = try scan(["src"], in: repository.url)

        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("Scan of src: 1 file\n\nFindings:\n  error    \(Self.tokenRule)  "))
        #expect(result.stdout.contains("\(Self.tokenRule)  src/app/config.py:2  Secret found: GitHub"))
        #expect(!result.stdout.contains("\n  other\n"))
        #expect(result.stdout.hasSuffix("blocked: 1 error, 0 warnings, 0 info\n"))
        expectNoToken(result)
    }

    @Test func configurationComesFromWorkTreeRoot() throws {
        let repository = try repositoryWithPlantedKeys()
        try repository.write(".vixen-gate.yml", "secrets:\n  allowlist:\n    paths: [\"src/app/**\"]\n")
        try repository.write("src/other.py", "KEY = \"\(Self.otherToken)\"\n")

        let (result, report) = try scanJSON(["."], in: repository.url.appendingPathComponent("src"))

        #expect(result.status == 1)
        #expect(located(report) == [Located(Self.tokenRule, "./other.py", 1)])
    }

    @Test func inlineAllowSuppressesFinding() throws {
        let folder = try TemporaryDirectory()
        try Data("KEY = \"\(Self.token)\"  # vixen-gate:allow\n".utf8).write(
            to: folder.url.appendingPathComponent("fixture.py"))

        let (result, report) = try scanJSON([], in: folder.url)

        #expect(result.status == 0)
        #expect(report.findings.isEmpty)
    }

    @Test func sensitiveFileReportedAtLineOne() throws {
        let folder = try TemporaryDirectory()
        try Data("DATABASE_URL=sqlite:///local.db\n".utf8).write(to: folder.url.appendingPathComponent(".env"))

        let (result, report) = try scanJSON([], in: folder.url)

        #expect(result.status == 1)
        #expect(located(report) == [Located("secret.env-file", ".env", 1)])
    }

    // MARK: - Standard input

    @Test func standardInputShownAsDash() throws {
        let folder = try TemporaryDirectory()

        let (result, report) = try scanJSON(["-"], in: folder.url, stdin: "# settings\nTOKEN=\(Self.token)\n")

        #expect(result.status == 1)
        #expect(located(report) == [Located(Self.tokenRule, "-", 2)])
        #expect(report.scope.paths == ["-"])
        #expect(report.scope.files == 1)
        expectNoToken(result)
    }

    @Test func standardInputWithoutSecretsPasses() throws {
        let folder = try TemporaryDirectory()

        let result = try scan(["-"], in: folder.url, stdin: "print('hello')\n")

        #expect(result.status == 0)
        #expect(
            result.stdout
                == "Scan of standard input: 1 file\n\nFindings: none\n\npassed: 0 errors, 0 warnings, 0 info\n")
    }

    // MARK: - History

    @Test func historyFindsSecretRemovedInNextCommit() throws {
        let repository = try GitRepository()
        try repository.write("README.md", "# App\n")
        try repository.commit("Start")
        try repository.write("backend/settings.py", "import os\nTOKEN = \"\(Self.token)\"\n")
        let added = try repository.commit("Add the token")
        try repository.write("backend/settings.py", "import os\nTOKEN = os.environ[\"TOKEN\"]\n")
        try repository.commit("Read the token from the environment")

        let (result, report) = try scanJSON(["--history"], in: repository.url)

        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(located(report) == [Located(Self.tokenRule, "backend/settings.py", 2, commit: added)])
        #expect(report.scope == Report.Scope(kind: "history", paths: nil, files: nil, allRefs: false, commits: 3))
        expectNoToken(result)
    }

    @Test func historyFindsBase64EncodedSecret() throws {
        let repository = try GitRepository()
        try repository.write("README.md", "# App\n")
        try repository.commit("Start")
        let encoded = Data("TOKEN=\(Self.token)\n".utf8).base64EncodedString()
        try repository.write("deploy/secret.yaml", "kind: Secret\ndata:\n  env: \(encoded)\n")
        let added = try repository.commit("Add the deploy secret")

        let (result, report) = try scanJSON(["--history"], in: repository.url)

        #expect(result.status == 1)
        #expect(located(report) == [Located(Self.tokenRule, "deploy/secret.yaml", 3, commit: added)])
        expectNoToken(result)
    }

    @Test func historyReportsSecretOnceWhenLinesMove() throws {
        let repository = try GitRepository()
        try repository.write("config.py", "TOKEN = \"\(Self.token)\"\n")
        let added = try repository.commit("Add the token")
        try repository.write("config.py", "# moved down\n\nTOKEN = \"\(Self.token)\"\n")
        try repository.commit("Move it")
        try repository.move("config.py", "settings/config.py")
        try repository.commit("Rename the file")

        let (_, report) = try scanJSON(["--history"], in: repository.url)

        #expect(located(report) == [Located(Self.tokenRule, "config.py", 1, commit: added)])
    }

    @Test func historyReportsSensitiveFileWhereAdded() throws {
        let repository = try GitRepository()
        try repository.write("README.md", "# App\n")
        try repository.commit("Start")
        try repository.write("backend/.env", "DEBUG=1\n")
        let added = try repository.commit("Add local settings")
        try repository.remove("backend/.env")
        try repository.commit("Remove local settings")

        let (result, report) = try scanJSON(["--history"], in: repository.url)

        #expect(result.status == 1)
        #expect(located(report) == [Located("secret.env-file", "backend/.env", 1, commit: added)])
    }

    @Test func historyReportsLargeVersionOnce() throws {
        let repository = try GitRepository()
        try repository.write(".vixen-gate.yml", "limits:\n  max_file_size: 100 B\n")
        try repository.write("data.csv", String(repeating: "1,2,3\n", count: 30))
        let added = try repository.commit("Add data")
        try repository.write("README.md", "# App\n")
        try repository.commit("Add a README")

        let (result, report) = try scanJSON(["--history"], in: repository.url)

        #expect(result.status == 0)
        #expect(located(report) == [Located("git.file-too-large", "data.csv", nil, commit: added)])
        #expect(report.findings.first?.severity == "warning")
    }

    @Test func allReachesSecretOnAnotherBranch() throws {
        let repository = try GitRepository()
        try repository.write("README.md", "# App\n")
        try repository.commit("Start")
        try repository.checkout("experiment", createBranch: true)
        try repository.write("scripts/deploy.sh", "export TOKEN=\(Self.otherToken)\n")
        let side = try repository.commit("Try a deploy script")
        try repository.checkout("main")

        let (headResult, headReport) = try scanJSON(["--history"], in: repository.url)
        let (allResult, allReport) = try scanJSON(["--history", "--all"], in: repository.url)

        #expect(headResult.status == 0)
        #expect(headReport.findings.isEmpty)
        #expect(allResult.status == 1)
        #expect(located(allReport) == [Located(Self.tokenRule, "scripts/deploy.sh", 1, commit: side)])
        #expect(allReport.scope.allRefs == true)
        #expect(allReport.scope.commits == 2)
    }

    @Test func historyOfRepositoryNamedByRepo() throws {
        let repository = try GitRepository()
        try repository.write("key.txt", "\(Self.token)\n")
        let added = try repository.commit("Add a key")
        let elsewhere = try TemporaryDirectory()

        let (result, report) = try scanJSON(["--history", "--repo", repository.path], in: elsewhere.url)

        #expect(result.status == 1)
        #expect(located(report) == [Located(Self.tokenRule, "key.txt", 1, commit: added)])
    }

    @Test func historyShowsNoProgressWhenNotTerminal() throws {
        let repository = try GitRepository()
        for index in 0..<3 {
            try repository.write("notes.md", "note \(index)\n")
            try repository.commit("Note \(index)")
        }

        let result = try scan(["--history"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("History of HEAD: 3 commits\n"))
    }

    @Test func historyOutsideRepositoryExitsTwo() throws {
        let folder = try TemporaryDirectory()

        let result = try scan(["--history"], in: folder.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("is not inside a git repository"))
    }

    // MARK: - Formats

    @Test func everyFormatParsesWithoutTheSecret() throws {
        let repository = try repositoryWithPlantedKeys()
        let formats = ["json", "sarif", "junit", "github", "markdown", "gitlab"]
        let outputs = formats.flatMap { ["--output", "\($0)=report.\($0)"] }

        let result = try scan(["--format", "text"] + outputs, in: repository.url)

        #expect(result.status == 1)
        expectNoToken(result)
        var texts: [String: String] = [:]
        for format in formats {
            let text = try String(
                contentsOf: repository.url.appendingPathComponent("report.\(format)"), encoding: .utf8)
            #expect(!text.contains(Self.token), "\(format)")
            texts[format] = text
        }
        for format in ["json", "sarif", "gitlab"] {
            #expect(
                (try? JSONSerialization.jsonObject(with: Data((texts[format] ?? "").utf8))) != nil, "\(format)")
        }
        let junit = XMLParser(data: Data((texts["junit"] ?? "").utf8))
        #expect(junit.parse(), "\(junit.parserError.map { String(describing: $0) } ?? "")")
        #expect(texts["junit"]?.contains(#"<failure message="Secret found"#) == true)
        #expect(
            texts["github"]?.hasPrefix("::error file=src/app/config.py,line=2,title=\(Self.tokenRule)::") == true)
        #expect(texts["markdown"]?.hasPrefix("## vixen-gate: blocked\n\nScan of .: 2 files\n\n") == true)
        #expect(texts["sarif"]?.contains(#""uri" : "src/app/config.py""#) == true)
        #expect(texts["gitlab"]?.contains(#""path" : "src/app/config.py""#) == true)

        let validation = try validateSARIF(repository.url.appendingPathComponent("report.sarif"))
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }

    /// Validates a SARIF file against the SARIF 2.1.0 schema with `scripts/validate-sarif.py`, in the
    /// Python environment that `scripts/test.sh` names in `VIXEN_GATE_TEST_PYTHON`.
    ///
    /// Without that variable the test fails rather than skips, as the renderer's schema tests do.
    private func validateSARIF(_ file: URL) throws -> ProcessResult {
        guard let python = ProcessInfo.processInfo.environment["VIXEN_GATE_TEST_PYTHON"], !python.isEmpty else {
            Issue.record("VIXEN_GATE_TEST_PYTHON is not set; run scripts/test.sh, which sets it.")
            return ProcessResult(status: -1, stdout: "", stderr: "")
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let script = packageRoot.appendingPathComponent("scripts/validate-sarif.py").path
        return try ProcessRunner.run(python, [script, file.path])
    }

    // MARK: - File contents

    @Test func binaryFileIsNotScanned() throws {
        let folder = try TemporaryDirectory()
        let bytes: [UInt8] = [0, 1, 2] + Array("TOKEN=\(Self.token)\n".utf8)
        try Data(bytes).write(to: folder.url.appendingPathComponent("blob.bin"))

        let (result, report) = try scanJSON([], in: folder.url)

        #expect(result.status == 0)
        #expect(report.findings.isEmpty)
        #expect(report.scope.files == 1)
    }

    @Test func binaryKeyStoreReportedByName() throws {
        let folder = try TemporaryDirectory()
        try Data(Fixtures.binaryBytes(count: 300)).write(to: folder.url.appendingPathComponent("release.p12"))

        let (_, report) = try scanJSON([], in: folder.url)

        #expect(located(report) == [Located("secret.keystore-file", "release.p12", 1)])
    }

    @Test func nulBytesAfterTextStart() throws {
        let folder = try TemporaryDirectory()
        var bytes = Array(String(repeating: "# padding line\n", count: 600).utf8)
        bytes += [0, 0] + Array("\nTOKEN=\(Self.token)\n".utf8)
        try Data(bytes).write(to: folder.url.appendingPathComponent("dump.txt"))

        let (_, report) = try scanJSON([], in: folder.url)

        #expect(located(report) == [Located(Self.tokenRule, "dump.txt", 602)])
    }

    @Test func invalidUTF8AroundSecret() throws {
        let folder = try TemporaryDirectory()
        let bytes =
            Fixtures.invalidUTF8Line + Array("clave = \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8)
            + Array("TOKEN=\(Self.token) \u{E9}".utf8) + [0xE9, 0x0A]
        try Data(bytes).write(to: folder.url.appendingPathComponent("latin1.py"))

        let (result, report) = try scanJSON([], in: folder.url)

        #expect(result.status == 1)
        #expect(located(report) == [Located(Self.tokenRule, "latin1.py", 3)])
    }

    @Test func crlfLinesFindSameSecret() throws {
        let folder = try TemporaryDirectory()
        try Data("a = 1\r\nb = 2\r\nTOKEN = \"\(Self.token)\"\r\n".utf8).write(
            to: folder.url.appendingPathComponent("windows.py"))
        try Data("TOKEN = \"\(Self.token)\"\n".utf8).write(to: folder.url.appendingPathComponent("unix.py"))

        let (_, report) = try scanJSON([], in: folder.url)

        #expect(located(report) == [Located(Self.tokenRule, "unix.py", 1), Located(Self.tokenRule, "windows.py", 3)])
        #expect(Set(report.findings.map(\.message)).count == 1)
    }

    @Test func lineOfSeveralMegabytes() throws {
        let folder = try TemporaryDirectory()
        try Data("limits:\n  max_file_size: 8 MiB\n".utf8).write(
            to: folder.url.appendingPathComponent(".vixen-gate.yml"))
        let filler = String(repeating: "abcdefgh ", count: 350_000)
        try Data("data = '\(filler) TOKEN=\(Self.token) \(filler)'\n".utf8).write(
            to: folder.url.appendingPathComponent("bundle.js"))

        let (result, report) = try scanJSON([], in: folder.url)

        #expect(result.status == 1)
        #expect(located(report) == [Located(Self.tokenRule, "bundle.js", 1)])
    }

    @Test func fileOverLimitIsWarningNamingIt() throws {
        let folder = try TemporaryDirectory()
        try Data("limits:\n  max_file_size: 100 B\n".utf8).write(
            to: folder.url.appendingPathComponent(".vixen-gate.yml"))
        try Data(String(repeating: "x", count: 150).utf8).write(to: folder.url.appendingPathComponent("big.txt"))

        let (result, report) = try scanJSON(["big.txt"], in: folder.url)

        #expect(result.status == 0)
        #expect(located(report) == [Located("git.file-too-large", "big.txt", nil)])
        #expect(report.findings.first?.severity == "warning")
        #expect(report.findings.first?.message.hasPrefix("big.txt is 150 bytes, over the 100-byte limit") == true)
    }

    // MARK: - Errors

    @Test func missingPathExitsTwoNamingIt() throws {
        let folder = try TemporaryDirectory()

        let result = try scan(["src", "no-such-file.py"], in: folder.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: \"src\" does not exist. Check the path; a relative path starts at the "
                + "current directory.\n")
    }

    @Test func usageErrorExitsTwo() throws {
        let folder = try TemporaryDirectory()

        let result = try scan(["--all"], in: folder.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("vixen-gate: error: option '--all' only works with '--history'"))
    }

    @Test func spanishMessages() throws {
        let folder = try TemporaryDirectory()

        let result = try scan(["--lang", "es", "missing"], in: folder.url)

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: error: \"missing\" no existe. Revise la ruta; una ruta relativa parte del "
                + "directorio actual.\n")
    }
}
