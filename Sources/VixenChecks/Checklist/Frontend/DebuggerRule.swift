import VixenCore

/// `checklist.debugger` (error): an added line of frontend source has a `debugger` statement.
///
/// The word counts as a statement only where it can be one: not after `.` (a property), and
/// not before `:` or `(` (an object key or a method name).
public struct DebuggerRule: ChecklistRule {
    public let id = RuleID(.checklist, "debugger")
    public let defaultSeverity = Severity.error
    public var shortDescription: LocalizedText { Catalog.ruleDebuggerShort() }
    public var fullDescription: LocalizedText { Catalog.ruleDebuggerFull() }
    public var help: LocalizedText { Catalog.ruleDebuggerHelp() }

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        var reported = Set<String>()
        var findings: [Finding] = []
        for source in input.frontendSources {
            for line in Self.statementLines(in: source) where reported.insert("\(source.path):\(line)").inserted {
                findings.append(
                    Finding(
                        rule: id, severity: defaultSeverity, file: source.path, line: line,
                        message: Catalog.checklistDebugger(path: source.path)))
            }
        }
        return findings
    }

    static func statementLines(in source: FrontendSource) -> [Int] {
        var lines: [Int] = []
        for (index, token) in source.tokens.enumerated()
        where token.kind == .keyword && source.addedLines.contains(token.line) {
            guard source.text(at: index) == "debugger" else {
                continue
            }
            let before = source.text(at: index - 1)
            let after = source.text(at: index + 1)
            guard before != ".", before != "?.", after != ":", after != "(", after != "?", after != "?." else {
                continue
            }
            lines.append(token.line)
        }
        return lines
    }
}
