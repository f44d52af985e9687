import Testing
import VixenCLI
import VixenCore

/// Usage lines of commands that cannot run without `--target`: the option has no brackets there, and
/// optional options keep theirs.
@Suite struct RequiredOptionHelpTests {
    private func usageLine(_ topic: [String]) throws -> String {
        let help = try VixenGateCommandLine.helpText(for: topic, language: .english)
        return String(help.split(separator: "\n\n").first ?? "")
    }

    @Test func deployUsageRequiresTarget() throws {
        let usage = try usageLine(["deploy"])
        #expect(usage.hasPrefix("Usage: vixen-gate deploy --target TARGET [--repo PATH]"))
    }

    @Test func planUsageRequiresTarget() throws {
        let usage = try usageLine(["plan"])
        #expect(usage.hasPrefix("Usage: vixen-gate plan --target TARGET [--repo PATH]"))
    }

    @Test func stateInitUsageRequiresTarget() throws {
        let usage = try usageLine(["state", "init"])
        #expect(usage.hasPrefix("Usage: vixen-gate state init --target TARGET"))
    }

    @Test func statusUsageKeepsTargetOptional() throws {
        let usage = try usageLine(["status"])
        #expect(usage.hasPrefix("Usage: vixen-gate status [--target TARGET]"))
    }
}
