import Testing
import VixenCLI
import VixenDeploy

/// The command lines of `deploy`, `status` and `state init`.
struct DeployCommandParsingTests {
    @Test func deployParsesEveryOption() {
        let invocation = parse(
            "deploy", "--target", "hotfix", "--repo", "repo", "--dry-run", "--now", "--severity", "critical",
            "--format", "json")

        #expect(
            invocation.parsedCommand
                == .deploy(
                    DeployOptions(
                        target: .hotfix, repo: "repo", dryRun: true, now: true, severity: .critical, format: .json)))
    }

    @Test func deployDefaults() {
        #expect(parse("deploy").parsedCommand == .deploy(DeployOptions()))
    }

    @Test func deployRejectsUnknownSeverity() {
        let error = parse("deploy", "--target", "staging", "--severity", "high").usageError

        #expect(error?.kind == .invalidValue("high", option: "--severity"))
        #expect(
            error?.message.english
                == "invalid value 'high' for option '--severity'; accepted values: critical\n"
                + "Run 'vixen-gate deploy --help' to see the usage.")
    }

    @Test func statusParsesEveryOption() {
        let invocation = parse("status", "--target", "production", "--no-fetch", "--format", "json", "--repo", "r")

        #expect(
            invocation.parsedCommand
                == .status(StatusOptions(target: .production, repo: "r", noFetch: true, format: .json)))
    }

    @Test func statusDefaults() {
        #expect(parse("status").parsedCommand == .status(StatusOptions()))
    }

    @Test func stateInitParsesEveryOption() {
        let invocation = parse(
            "state", "init", "--target", "staging", "--commit", "v1.3.0", "--sequence", "41", "--repo", "r")

        #expect(
            invocation.parsedCommand
                == .state(.initialize(StateInitOptions(target: .staging, repo: "r", commit: "v1.3.0", sequence: "41"))))
    }

    @Test func stateNeedsSubcommand() {
        let error = parse("state").usageError

        #expect(error?.kind == .missingCommand)
    }
}
