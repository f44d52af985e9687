import Testing
import VixenCLI
import VixenGit
import VixenReport

extension ParsedInvocation {
    /// The options of `scan`, or nil when the command line is not a valid `scan`.
    var scanOptions: ScanOptions? {
        guard case .scan(let options) = parsedCommand else {
            return nil
        }
        return options
    }
}

@Suite struct ScanCommandParsingTests {
    @Test func scanWithoutArgumentsScansCurrentDirectory() {
        let options = parse("scan").scanOptions
        #expect(options == ScanOptions())
        #expect(options?.target == .paths(["."], namedByUser: false))
        #expect(options?.includesIgnored == false)
        #expect(options?.format == .text)
        #expect(options?.outputs == [])
        #expect(options?.config == nil)
        #expect(options?.color == .auto)
    }

    @Test func pathsKeepTheirOrderAndSpelling() {
        let options = parse("scan", "src/", "./a.py", "/etc/app.conf").scanOptions
        #expect(options?.target == .paths(["src/", "./a.py", "/etc/app.conf"], namedByUser: true))
    }

    @Test func dashIsStandardInput() {
        let options = parse("scan", "-").scanOptions
        #expect(options?.target == .paths(["-"], namedByUser: true))
    }

    @Test func pathStartingWithDashAfterSeparator() {
        let options = parse("scan", "--", "-odd.txt").scanOptions
        #expect(options?.target == .paths(["-odd.txt"], namedByUser: true))
    }

    @Test func pathsAndOptionsInAnyOrder() {
        let options = parse("scan", "src", "--format", "json", "tests", "--no-ignore").scanOptions
        #expect(options?.target == .paths(["src", "tests"], namedByUser: true))
        #expect(options?.format == .json)
        #expect(options?.includesIgnored == true)
    }

    @Test func historyOfHead() {
        let options = parse("scan", "--history").scanOptions
        #expect(options?.target == .history(.head, repo: nil))
    }

    @Test func historyOfEveryReferenceInAnotherRepository() {
        let options = parse("scan", "--history", "--all", "--repo", "/srv/app").scanOptions
        #expect(options?.target == .history(.allReferences, repo: "/srv/app"))
    }

    @Test func reportOptionsAsInCheck() {
        let options = parse(
            "scan", "--format=sarif", "--output", "json=out/report.json", "--output", "junit=junit.xml",
            "--config", "gate.yml", "--color", "never"
        ).scanOptions
        #expect(options?.format == .sarif)
        #expect(
            options?.outputs == [
                CheckOptions.OutputFile(format: .json, path: "out/report.json"),
                CheckOptions.OutputFile(format: .junit, path: "junit.xml"),
            ])
        #expect(options?.config == "gate.yml")
        #expect(options?.color == .never)
    }

    @Test func allWithoutHistoryIsUsageError() {
        let error = parse("scan", "--all").usageError
        #expect(error?.kind == .missingRequiredOption("--all", required: "--history"))
        #expect(error?.commandPath == ["scan"])
        #expect(
            error?.message.english == """
                option '--all' only works with '--history'; add '--history' or remove '--all'
                Run 'vixen-gate scan --help' to see the usage.
                """)
        #expect(
            error?.message.spanish == """
                la opción '--all' solo funciona con '--history'; añada '--history' o quite '--all'
                Ejecute 'vixen-gate scan --help' para ver la ayuda.
                """)
    }

    @Test func repoWithoutHistoryIsUsageError() {
        let error = parse("scan", "--repo", "/srv/app", "src").usageError
        #expect(error?.kind == .missingRequiredOption("--repo", required: "--history"))
    }

    @Test func historyWithPathIsUsageError() {
        let error = parse("scan", "--history", "src").usageError
        #expect(error?.kind == .conflictingArguments("--history", "src"))
        #expect(
            error?.message.english == """
                '--history' cannot be combined with 'src'; keep one of them
                Run 'vixen-gate scan --help' to see the usage.
                """)
    }

    @Test func historyWithNoIgnoreIsUsageError() {
        let error = parse("scan", "--history", "--no-ignore").usageError
        #expect(error?.kind == .conflictingArguments("--history", "--no-ignore"))
    }

    @Test func unknownOutputFormatIsUsageError() {
        let error = parse("scan", "--output", "xml=report.xml").usageError
        #expect(error?.kind == .invalidOutputFormat("xml=report.xml"))
    }

    @Test func ciIsNotAScanOption() {
        let error = parse("scan", "--ci").usageError
        #expect(error?.kind == .unknownOption("--ci", suggestion: nil))
    }
}
