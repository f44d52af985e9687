import Testing
import VixenCLI
import VixenDeploy

struct PlanCommandParsingTests {
    private func planOptions(_ invocation: ParsedInvocation) -> PlanOptions? {
        guard case .plan(let options) = invocation.parsedCommand else {
            return nil
        }
        return options
    }

    @Test func parsesEveryOption() {
        let invocation = parse(
            "plan", "--target", "production", "--repo", "repo", "--base", "v1.3.0", "--head=main", "--version",
            "1.4.0", "--format", "markdown", "--output", "json=plan.json", "--output", "text=plan.txt")
        #expect(
            planOptions(invocation)
                == PlanOptions(
                    target: .production, repo: "repo", base: "v1.3.0", head: "main", version: "1.4.0",
                    format: .markdown,
                    outputs: [
                        PlanOptions.OutputFile(format: .json, path: "plan.json"),
                        PlanOptions.OutputFile(format: .text, path: "plan.txt"),
                    ]))
    }

    @Test func defaults() {
        #expect(planOptions(parse("plan")) == PlanOptions())
        #expect(planOptions(parse("plan"))?.format == .text)
    }

    @Test(arguments: DeployTarget.allCases)
    func acceptsEveryTarget(target: DeployTarget) {
        #expect(planOptions(parse("plan", "--target", target.rawValue))?.target == target)
    }

    @Test func rejectsUnknownTarget() {
        let error = parse("plan", "--target", "prod").usageError
        #expect(error?.kind == .invalidValue("prod", option: "--target"))
        #expect(
            error?.message.english == """
                invalid value 'prod' for option '--target'; accepted values: staging, production, hotfix
                Run 'vixen-gate plan --help' to see the usage.
                """)
    }

    @Test func rejectsReportOnlyFormat() {
        let error = parse("plan", "--format", "sarif").usageError
        #expect(error?.kind == .invalidValue("sarif", option: "--format"))
    }

    @Test func rejectsOutputWithoutFile() {
        #expect(parse("plan", "--output", "json").usageError?.kind == .missingOutputFile("json"))
        #expect(parse("plan", "--output", "json=").usageError?.kind == .missingOutputFile("json="))
    }

    @Test func rejectsOutputOfUnknownFormat() {
        let error = parse("plan", "--output", "junit=plan.xml").usageError
        #expect(error?.kind == .invalidOutputFormat("junit=plan.xml"))
        #expect(
            error?.message.english == """
                invalid format 'junit' in '--output junit=plan.xml'; accepted formats: text, json, markdown
                Run 'vixen-gate plan --help' to see the usage.
                """)
    }

    @Test func rejectsOneFileTwice() {
        let error = parse("plan", "--output", "json=plan", "--output", "markdown=plan").usageError
        #expect(error?.kind == .duplicateOutputFile("plan"))
    }

    @Test func fileNameMayContainEquals() {
        #expect(planOptions(parse("plan", "--output", "json=a=b.json"))?.outputs.first?.path == "a=b.json")
    }

    @Test func rootVersionFlagStaysOnRoot() {
        #expect(parse("--version").parsedCommand == .version)
        #expect(planOptions(parse("plan", "--version", "2.0.0"))?.version == "2.0.0")
    }
}
