import Foundation
import VixenConfig
import VixenCore

@testable import VixenChecks

/// Scans one added file with the built-in rules, and the false-alarm filters a test chooses.
enum ScanHarness {
    /// Returns the findings of scanning `text` as the added lines of `path`, numbered from 1.
    ///
    /// - Parameters:
    ///   - filters: The false-alarm filters to apply; the standard ones by default.
    ///   - extraRules: Rule files added to the built-in ones, for filters the built-in rules
    ///     never reach.
    static func findings(
        path: String, text: String, filters: [any FalseAlarmFilter] = FalseAlarmFilters.standard,
        extraRules: [String] = [], baselineSalt: [UInt8]? = nil
    ) throws -> [Finding] {
        let scan = ChangeSetScan(
            scanner: try scanner(extraRules: extraRules), settings: .default, maximumThreads: 1, filters: filters,
            baselineSalt: baselineSalt)
        let file = SecretsFixtures.textFile(path, SecretsFixtures.addedText(text))
        return try scan.findings(in: SecretsFixtures.changes(commits: [SecretsFixtures.commit(1, [file])]))
    }

    /// Returns a scanner of the built-in rules and `extraRules`, compiled through the shared cache.
    static func scanner(extraRules: [String]) throws -> SecretScanner {
        guard !extraRules.isEmpty else {
            return try SecretsFixtures.builtInScanner()
        }
        let extra = extraRules.enumerated().map { SecretsFixtures.file($1, source: "extra\($0).yml") }
        let parsed = RuleFileParser.parse(try BuiltInRules.files() + extra)
        guard parsed.isValid else {
            throw SecretsFixtures.FixtureError.invalidRules(parsed.problems.map { $0.formatted(.english) })
        }
        let cache = DatabaseCache(directory: SecretsFixtures.sharedCache.appendingPathComponent("vixen-gate"))
        return try SecretScanner(rules: parsed.rules, cache: cache)
    }
}
