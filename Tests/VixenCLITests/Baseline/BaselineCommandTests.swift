import Testing
import VixenCLI
import VixenCore

@Suite struct BaselineCommandTests {
    @Test func defaults() {
        #expect(parse("baseline").parsedCommand == .baseline(BaselineOptions()))
    }

    @Test func allOptions() {
        #expect(
            parse("baseline", "--repo", "../app", "--base=v1.0", "--head", "release", "--output", "known.json")
                .parsedCommand
                == .baseline(BaselineOptions(repo: "../app", base: "v1.0", head: "release", output: "known.json")))
    }

    @Test func checkOptionsRejected() {
        let error = parse("baseline", "--worktree").usageError
        #expect(error?.message.english.hasPrefix("unknown option '--worktree'") == true)
    }

    @Test func emptyOutputRejected() {
        let error = parse("baseline", "--output=").usageError
        #expect(error?.message.english.hasPrefix("missing value for option '--output'") == true)
    }

    @Test func helpNamesDefaults() throws {
        let help = try VixenGateCommandLine.helpText(for: ["baseline"], language: .english)
        #expect(help.hasPrefix("Usage: vixen-gate baseline [--repo PATH] [--base REV] [--head REV]\n"))
        #expect(help.contains("Default: the whole history."))
        #expect(help.contains("  2  The baseline could not be written"))
    }
}
