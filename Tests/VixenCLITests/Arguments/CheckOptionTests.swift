import Testing
import VixenCLI
import VixenReport

@Suite struct CheckOptionTests {
    @Test func checkWithoutOptionsUsesDefaults() {
        let options = parse("check").checkOptions
        #expect(options == CheckOptions())
        #expect(options?.repo == nil)
        #expect(options?.base == nil)
        #expect(options?.head == nil)
        #expect(options?.staged == false)
        #expect(options?.worktree == false)
        #expect(options?.format == .text)
        #expect(options?.config == nil)
        #expect(options?.color == .auto)
    }

    @Test func valueOptionsAsSeparateArguments() {
        let options = parse("check", "--repo", "/srv/app", "--base", "main", "--head", "HEAD~2", "--config", "gate.yml")
            .checkOptions
        #expect(options?.repo == "/srv/app")
        #expect(options?.base == "main")
        #expect(options?.head == "HEAD~2")
        #expect(options?.config == "gate.yml")
    }

    @Test func valueOptionsWithEqualsSign() {
        let options = parse("check", "--repo=/srv/app", "--base=main", "--head=HEAD~2", "--config=gate.yml")
            .checkOptions
        #expect(options?.repo == "/srv/app")
        #expect(options?.base == "main")
        #expect(options?.head == "HEAD~2")
        #expect(options?.config == "gate.yml")
    }

    @Test func equalsFormKeepsLaterEqualsSigns() {
        let options = parse("check", "--config=a=b.yml").checkOptions
        #expect(options?.config == "a=b.yml")
    }

    @Test func equalsFormAcceptsLeadingDash() {
        let options = parse("check", "--repo=-odd-name").checkOptions
        #expect(options?.repo == "-odd-name")
    }

    @Test func singleDashIsAValue() {
        let options = parse("check", "--config", "-").checkOptions
        #expect(options?.config == "-")
    }

    @Test func stagedFlag() {
        let options = parse("check", "--staged").checkOptions
        #expect(options?.staged == true)
        #expect(options?.worktree == false)
    }

    @Test func worktreeFlagIncludesIndex() {
        let options = parse("check", "--worktree").checkOptions
        #expect(options?.staged == true)
        #expect(options?.worktree == true)
    }

    @Test func formatValues() {
        #expect(parse("check", "--format", "text").checkOptions?.format == .text)
        #expect(parse("check", "--format", "json").checkOptions?.format == .json)
        #expect(parse("check", "--format=json").checkOptions?.format == .json)
    }

    @Test func colorValues() {
        #expect(parse("check", "--color", "auto").checkOptions?.color == .auto)
        #expect(parse("check", "--color", "always").checkOptions?.color == .always)
        #expect(parse("check", "--color=never").checkOptions?.color == .never)
    }

    @Test func optionsInAnyOrder() {
        let options = parse(
            "check", "--color", "never", "--worktree", "--format=json", "--head", "v2", "--staged", "--base=v1"
        ).checkOptions
        let expected = CheckOptions(
            base: "v1",
            head: "v2",
            staged: true,
            worktree: true,
            format: .json,
            color: .never
        )
        #expect(options == expected)
    }

    @Test func languageOptionAnywhere() {
        let before = parse("--lang", "es", "check", "--staged")
        #expect(before.checkOptions == CheckOptions(staged: true))
        #expect(before.language == .spanish)

        let after = parse("check", "--staged", "--lang=es")
        #expect(after.checkOptions == CheckOptions(staged: true))
        #expect(after.language == .spanish)
    }

    @Test func doubleDashBeforeNothing() {
        #expect(parse("check", "--staged", "--").checkOptions == CheckOptions(staged: true))
    }
}
