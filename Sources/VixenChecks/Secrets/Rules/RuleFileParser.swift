import VixenConfig
import VixenCore

/// Reads rule files into ``SecretRule`` values, collecting every problem instead of stopping at
/// the first.
///
/// A file is a mapping with one key, `rules`, whose value is a list of rules. A rule with an
/// error is left out of the result, and the other rules are still read, so that `rules check`
/// can report the problems of a whole file in one run.
public struct RuleFileParser {
    /// The rules read without errors, in file order.
    public private(set) var rules: [SecretRule] = []
    /// Every problem found, in file order.
    public private(set) var problems: [RuleProblem] = []
    /// How many entries each file's `rules` list has, valid or not, by source.
    public private(set) var entryCounts: [String: Int] = [:]

    private var firstDefinition: [RuleID: (source: String, line: Int)] = [:]

    public init() {}

    /// Reads every file in order; a rule id already defined by an earlier rule is an error.
    public static func parse(_ files: [RuleFileBytes]) -> RuleFileParser {
        var parser = RuleFileParser()
        for file in files {
            parser.read(file)
        }
        return parser
    }

    /// True when no problem is an error.
    public var isValid: Bool { !problems.contains { $0.level == .error } }

    /// Reads one file and appends its rules and problems.
    public mutating func read(_ file: RuleFileBytes) {
        let root: YAMLNode?
        do {
            root = try YAMLReader().read(bytes: file.bytes, source: file.source)
        } catch {
            let position = RulePosition(line: error.line, column: error.column)
            problems.append(
                RuleProblem(level: .error, source: file.source, position: position, rule: nil, message: error.message))
            return
        }

        var reader = RuleFieldReader(source: file.source)
        let items = reader.ruleList(root)
        entryCounts[file.source, default: 0] += items.count
        if items.isEmpty, reader.problems.isEmpty {
            reader.warning(Catalog.rulesFileHasNoRules(), at: root?.mark ?? YAMLMark(line: 1, column: 1), rule: nil)
        }
        problems += reader.problems

        for item in items {
            var ruleReader = RuleFieldReader(source: file.source)
            let rule = ruleReader.rule(item)
            problems += ruleReader.problems
            guard let rule, ruleReader.problems.allSatisfy({ $0.level == .warning }) else {
                continue
            }
            if let first = firstDefinition[rule.id] {
                let message = Catalog.rulesDuplicateID(
                    rule.id.description, firstSource: first.source, firstLine: first.line)
                problems.append(
                    RuleProblem(
                        level: .error, source: file.source, position: rule.location.rule, rule: rule.id.description,
                        message: message))
                continue
            }
            firstDefinition[rule.id] = (file.source, rule.location.rule.line)
            rules.append(rule)
        }
    }
}
