import Testing

@testable import VixenCLI

@Suite struct ClosestNameTests {
    private let checkOptions = [
        "--repo", "--base", "--head", "--staged", "--worktree", "--format", "--config", "--color", "--lang", "--help",
    ]

    @Test func editDistanceCounts() {
        #expect(ClosestName.editDistance(Array("staged"), Array("staged")) == 0)
        #expect(ClosestName.editDistance(Array("stagd"), Array("staged")) == 1)
        #expect(ClosestName.editDistance(Array("stagde"), Array("staged")) == 1)
        #expect(ClosestName.editDistance(Array("staxed"), Array("staged")) == 1)
        #expect(ClosestName.editDistance(Array(""), Array("repo")) == 4)
        #expect(ClosestName.editDistance(Array("repo"), Array("")) == 4)
        #expect(ClosestName.editDistance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func typosFindOption() {
        #expect(ClosestName.find(for: "--stagd", among: checkOptions) == "--staged")
        #expect(ClosestName.find(for: "--stagde", among: checkOptions) == "--staged")
        #expect(ClosestName.find(for: "--worktre", among: checkOptions) == "--worktree")
        #expect(ClosestName.find(for: "--fromat", among: checkOptions) == "--format")
        #expect(ClosestName.find(for: "--colour", among: checkOptions) == "--color")
        #expect(ClosestName.find(for: "--lnag", among: checkOptions) == "--lang")
        #expect(ClosestName.find(for: "--hlep", among: checkOptions) == "--help")
    }

    @Test func dashesAreIgnored() {
        #expect(ClosestName.find(for: "-staged", among: checkOptions) == "--staged")
        #expect(ClosestName.find(for: "---repo", among: checkOptions) == "--repo")
    }

    @Test func distantNamesFindNothing() {
        #expect(ClosestName.find(for: "--verbose", among: checkOptions) == nil)
        #expect(ClosestName.find(for: "--x", among: checkOptions) == nil)
        #expect(ClosestName.find(for: "--", among: checkOptions) == nil)
        #expect(ClosestName.find(for: "--ba", among: checkOptions) == nil)
    }

    @Test func allowanceGrowsWithLength() {
        // One edit is allowed below six characters, two from six on.
        #expect(ClosestName.find(for: "--rpeo", among: ["--repo"]) == "--repo")
        #expect(ClosestName.find(for: "--rep", among: ["--repo"]) == "--repo")
        #expect(ClosestName.find(for: "--re", among: ["--repo"]) == nil)
        #expect(ClosestName.find(for: "--stged", among: ["--staged"]) == "--staged")
        #expect(ClosestName.find(for: "--stgd", among: ["--staged"]) == "--staged")
        #expect(ClosestName.find(for: "--sgd", among: ["--staged"]) == nil)
    }

    @Test func nearestWinsThenFirstListed() {
        #expect(ClosestName.find(for: "--heas", among: ["--base", "--head"]) == "--head")
        #expect(ClosestName.find(for: "--bead", among: ["--base", "--head"]) == "--head")
        #expect(ClosestName.find(for: "--cat", among: ["--bat", "--hat"]) == "--bat")
        #expect(ClosestName.find(for: "--cat", among: ["--hat", "--bat"]) == "--hat")
    }

    @Test func commandNames() {
        let commands = ["check", "help", "version"]
        #expect(ClosestName.find(for: "chek", among: commands) == "check")
        #expect(ClosestName.find(for: "chcek", among: commands) == "check")
        #expect(ClosestName.find(for: "verison", among: commands) == "version")
        #expect(ClosestName.find(for: "deploy", among: commands) == nil)
    }
}
