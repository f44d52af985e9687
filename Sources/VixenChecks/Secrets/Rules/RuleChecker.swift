import VixenConfig
import VixenCore

/// Validates rule files the way `vixen-gate rules check` does, listing every problem.
///
/// The steps, in order, for each rule:
/// 1. The file's structure and the rule's keys are valid.
/// 2. PCRE2 compiles the confirming pattern and the allowlist, and the secret group exists.
/// 3. Vectorscan accepts the pattern.
/// 4. Every example yields a secret, and no negative example does.
///
/// A rule that fails one step is not run through the later ones.
public struct RuleChecker {
    /// The outcome of a check.
    public struct Report: Sendable, Equatable {
        /// How many rules the checked files declare, valid or not.
        public let declaredCount: Int
        /// The rules of the checked files that compiled.
        public let rules: [SecretRule]
        /// The problems of the checked files, in file order for each step.
        public let problems: [RuleProblem]

        public var errorCount: Int { problems.filter { $0.level == .error }.count }
        public var warningCount: Int { problems.filter { $0.level == .warning }.count }
    }

    /// Checks `files`.
    ///
    /// - Parameter context: Files whose rule ids the checked files must not reuse, such as the
    ///   built-in rules when a custom file is checked. Their own problems are not reported.
    public static func check(_ files: [RuleFileBytes], context: [RuleFileBytes] = []) throws(SecretsError) -> Report {
        let checkedSources = Set(files.map(\.source))
        let parsed = RuleFileParser.parse(context + files)
        var problems = parsed.problems.filter { checkedSources.contains($0.source) }
        let candidates = parsed.rules.filter { checkedSources.contains($0.location.source) }
        let declared = checkedSources.reduce(0) { $0 + (parsed.entryCounts[$1] ?? 0) }

        var compilable: [SecretRule] = []
        for rule in candidates {
            let found = pcre2Problems(rule)
            problems += found
            if found.isEmpty {
                compilable.append(rule)
            }
        }
        guard let (accepted, database) = vectorscanAccepted(compilable, problems: &problems) else {
            return Report(declaredCount: declared, rules: [], problems: problems)
        }

        let scanner = try SecretScanner(rules: accepted, settings: .default, cache: nil, precompiled: database)
        let session = try scanner.makeSession()
        for (index, rule) in accepted.enumerated() {
            problems += try exampleProblems(rule, index: index, session: session)
        }
        return Report(declaredCount: declared, rules: accepted, problems: problems)
    }

    /// Returns a problem for each allowlist pattern of the `secrets` section that PCRE2 rejects.
    public static func allowlistProblems(_ settings: Configuration.Secrets) -> [RuleProblem] {
        var located: [(rule: String?, regex: Configuration.Located<String>)] = settings.allowlist.regexes.map {
            (nil, $0)
        }
        for (rule, allowlist) in settings.ruleAllowlists.sorted(by: { $0.key < $1.key }) {
            located += allowlist.regexes.map { (rule.description, $0) }
        }
        var problems: [RuleProblem] = []
        for (rule, regex) in located {
            do {
                _ = try PCRE2Pattern(regex.value)
            } catch {
                let reason = "\(error.message) (offset \(error.offset))"
                problems.append(
                    RuleProblem(
                        level: .error, source: regex.source,
                        position: RulePosition(line: regex.line, column: regex.column),
                        rule: rule,
                        message: Catalog.rulesPatternRejected(library: "PCRE2", key: regex.value, reason: reason)))
            }
        }
        return problems
    }

    // MARK: - Compiling

    private static func pcre2Problems(_ rule: SecretRule) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        let confirmPosition = rule.location.confirm ?? rule.location.pattern
        let confirmKey = rule.confirm == nil ? "pattern" : "confirm"
        do {
            let pattern = try PCRE2Pattern(rule.confirmingPattern)
            if rule.secretGroup > pattern.captureCount {
                problems.append(
                    error(
                        rule, at: confirmPosition,
                        Catalog.rulesSecretGroupMissing(group: rule.secretGroup, groupCount: pattern.captureCount)))
            }
        } catch {
            let reason = "\(error.message) (offset \(error.offset))"
            problems.append(
                Self.error(
                    rule, at: confirmPosition,
                    Catalog.rulesPatternRejected(library: "PCRE2", key: confirmKey, reason: reason)))
        }
        for (index, text) in rule.allowlist.enumerated() {
            do {
                _ = try PCRE2Pattern(text)
            } catch {
                let position =
                    index < rule.location.allowlist.count ? rule.location.allowlist[index] : rule.location.rule
                let reason = "\(error.message) (offset \(error.offset))"
                problems.append(
                    Self.error(
                        rule, at: position,
                        Catalog.rulesPatternRejected(library: "PCRE2", key: "allowlist", reason: reason)))
            }
        }
        return problems
    }

    /// Returns the rules whose patterns Vectorscan compiles together, with their database, or
    /// nil when no rule is left.
    ///
    /// Vectorscan stops at the first pattern it rejects, so that rule gets a problem and is set
    /// aside, and the rest are compiled again until the set compiles.
    private static func vectorscanAccepted(
        _ rules: [SecretRule], problems: inout [RuleProblem]
    ) -> (rules: [SecretRule], database: VectorscanDatabase)? {
        var remaining = rules
        while !remaining.isEmpty {
            do {
                return (remaining, try VectorscanDatabase.compile(SecretScanner.expressions(for: remaining)))
            } catch {
                guard let index = error.expressionIndex, index < remaining.count else {
                    // Not tied to one pattern: report it on every rule, none of which can run.
                    for rule in remaining {
                        problems.append(
                            Self.error(
                                rule, at: rule.location.pattern,
                                Catalog.rulesPatternRejected(
                                    library: "Vectorscan", key: "pattern", reason: error.message)))
                    }
                    return nil
                }
                let rule = remaining.remove(at: index)
                problems.append(
                    Self.error(
                        rule, at: rule.location.pattern,
                        Catalog.rulesPatternRejected(library: "Vectorscan", key: "pattern", reason: error.message)))
            }
        }
        return nil
    }

    // MARK: - Examples

    private static func exampleProblems(
        _ rule: SecretRule, index: Int, session: SecretScanSession
    ) throws(SecretsError) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        for (offset, example) in rule.examples.enumerated() {
            let number = offset + 1
            let position = position(rule.location.examples, offset, rule)
            let message: LocalizedText
            switch try session.evaluate(ruleIndex: index, on: Array(example.utf8)) {
            case .found:
                continue
            case .noHit:
                message = Catalog.rulesExampleNoHit(number: number)
            case .notConfirmed:
                message = Catalog.rulesExampleNotConfirmed(number: number, maxWidth: rule.maxWidth)
            case .rejected(let rejection):
                message = Catalog.rulesExampleRejected(number: number, reason: reason(rejection, rule: rule))
            }
            problems.append(error(rule, at: position, message))
        }
        for (offset, example) in rule.negativeExamples.enumerated() {
            let bytes = Array(example.utf8)
            guard case .found(let secret) = try session.evaluate(ruleIndex: index, on: bytes) else {
                continue
            }
            let redacted = Array(bytes[secret]).withUnsafeBufferPointer { SecretRedaction.redact($0).redacted }
            problems.append(
                error(
                    rule, at: position(rule.location.negativeExamples, offset, rule),
                    Catalog.rulesNegativeExampleMatched(number: offset + 1, secret: redacted)))
        }
        return problems
    }

    /// Returns the reason a filter gives, in the words `rules check` prints.
    static func reason(_ rejection: SecretRejection, rule: SecretRule) -> LocalizedText {
        switch rejection {
        case .lowEntropy(let entropy, let minimum):
            Catalog.rulesReasonLowEntropy(entropy, minimum: minimum)
        case .noKeyword:
            Catalog.rulesReasonNoKeyword(rule.keywords)
        case .stopword(let word):
            Catalog.rulesReasonStopword(word)
        case .allowlisted(let pattern):
            Catalog.rulesReasonAllowlisted(pattern)
        case .placeholder(.documentedExample):
            Catalog.rulesReasonDocumentedExample()
        case .placeholder(.word(let word)):
            Catalog.rulesReasonPlaceholderWord(word)
        case .placeholder(.template):
            Catalog.rulesReasonTemplate()
        case .placeholder(.environmentRead):
            Catalog.rulesReasonEnvironmentRead()
        case .placeholder(.repeatedCharacter):
            Catalog.rulesReasonRepeatedCharacter()
        }
    }

    private static func position(_ positions: [RulePosition], _ offset: Int, _ rule: SecretRule) -> RulePosition {
        offset < positions.count ? positions[offset] : rule.location.rule
    }

    private static func error(_ rule: SecretRule, at position: RulePosition, _ message: LocalizedText) -> RuleProblem {
        RuleProblem(
            level: .error, source: rule.location.source, position: position, rule: rule.id.description,
            message: message)
    }
}
