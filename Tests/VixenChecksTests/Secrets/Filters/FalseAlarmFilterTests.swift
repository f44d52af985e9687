import Testing
import VixenCore

@testable import VixenChecks

@Suite struct FalseAlarmFilterTests {
    private func findings(_ example: FilterExample, filters: [any FalseAlarmFilter]) throws -> [Finding] {
        try ScanHarness.findings(
            path: example.path, text: example.text, filters: filters,
            extraRules: example.needsEntropyRule ? [FalseAlarmFilterExamples.entropyRule] : [])
    }

    @Test func everyStandardFilterHasExamples() {
        let withExamples = FalseAlarmFilterExamples.all.map(\.name)
        let standard = FalseAlarmFilters.standard.map { String(describing: type(of: $0)) }
        #expect(withExamples == standard)
        for filterCase in FalseAlarmFilterExamples.all {
            #expect(!filterCase.drops.isEmpty, "\(filterCase.name)")
            #expect(!filterCase.keeps.isEmpty, "\(filterCase.name)")
        }
    }

    /// Runs every filter's examples.
    ///
    /// Each file a filter must drop has findings without filters, and none with the filter alone
    /// or with all of them. Each file it must keep still has a finding with all of them.
    @Test func filterExamples() throws {
        for filterCase in FalseAlarmFilterExamples.all {
            for (number, example) in filterCase.drops.enumerated() {
                let label = "\(filterCase.name) drop example \(number + 1) (\(example.path))"
                let unfiltered = try findings(example, filters: [])
                let alone = try findings(example, filters: [filterCase.filter])
                let standard = try findings(example, filters: FalseAlarmFilters.standard)
                #expect(!unfiltered.isEmpty, "\(label): no finding even without filters")
                #expect(alone.map(\.rule) == [], "\(label): the filter alone leaves findings")
                #expect(standard.map(\.rule) == [], "\(label): the standard filters leave findings")
            }
            for (number, example) in filterCase.keeps.enumerated() {
                let label = "\(filterCase.name) keep example \(number + 1) (\(example.path))"
                let standard = try findings(example, filters: FalseAlarmFilters.standard)
                #expect(!standard.isEmpty, "\(label): the standard filters drop every finding")
            }
        }
    }

    @Test func entropyRulePassesItsOwnExamples() throws {
        let file = SecretsFixtures.file(FalseAlarmFilterExamples.entropyRule, source: "entropy.yml")
        let report = try RuleChecker.check([file])
        #expect(report.problems.map { $0.formatted(.english) } == [])
        #expect(report.rules.count == 1)
    }
}
