import VixenCore

/// `checklist.console-log` (warning): an added line of frontend source calls `console.log`,
/// `console.debug` or `console.info`.
///
/// The call is read from tokens, so one inside a string, a template's text or a comment does
/// not count. `console.log`, `console?.log`, `console["log"]` and `window.console.log` (also
/// through `globalThis` and `self`) count, called or not; `logger.console.log` does not.
/// `console.warn` and `console.error` are left alone, because they report real problems.
// NOTE: JSX text is lexed as code, so `<p>console.log(x)</p>` counts.
public struct ConsoleOutputRule: ChecklistRule {
    public let id = RuleID(.checklist, "console-log")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleConsoleLogShort() }
    public var fullDescription: LocalizedText { Catalog.ruleConsoleLogFull() }
    public var help: LocalizedText { Catalog.ruleConsoleLogHelp() }

    static let methods: Set<String> = ["log", "debug", "info"]
    static let globalObjects: Set<String> = ["window", "globalThis", "self"]

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        var reported = Set<String>()
        var findings: [Finding] = []
        for source in input.frontendSources {
            for call in Self.calls(in: source) where reported.insert("\(source.path):\(call.line)").inserted {
                findings.append(
                    Finding(
                        rule: id, severity: defaultSeverity, file: source.path, line: call.line,
                        message: Catalog.checklistConsoleOutput(call: "console.\(call.method)", path: source.path)))
            }
        }
        return findings
    }

    /// Returns the calls on added lines, each with the added line it is reported on.
    static func calls(in source: FrontendSource) -> [(method: String, line: Int)] {
        var calls: [(String, Int)] = []
        for index in source.tokens.indices where source.tokens[index].kind == .identifier {
            guard source.text(at: index) == "console", isGlobalReference(source, at: index),
                let (method, methodIndex) = method(after: index, in: source)
            else {
                continue
            }
            let lines = [source.tokens[index].line, source.tokens[methodIndex].line]
            if let line = lines.first(where: source.addedLines.contains) {
                calls.append((method, line))
            }
        }
        return calls
    }

    /// True when `console` at `index` is the global, not a property of another object.
    private static func isGlobalReference(_ source: FrontendSource, at index: Int) -> Bool {
        guard let before = source.text(at: index - 1), before == "." || before == "?." else {
            return true
        }
        guard let owner = source.text(at: index - 2), globalObjects.contains(owner) else {
            return false
        }
        return source.text(at: index - 3).map { $0 != "." && $0 != "?." } ?? true
    }

    /// Returns the method named after `console` at `index`, by `.name`, `?.name` or `["name"]`.
    private static func method(after index: Int, in source: FrontendSource) -> (String, Int)? {
        switch source.text(at: index + 1) {
        case ".", "?.":
            guard let name = source.text(at: index + 2), methods.contains(name) else {
                return nil
            }
            return (name, index + 2)
        case "[":
            let tokenIndex = index + 2
            guard source.tokens.indices.contains(tokenIndex), source.text(at: index + 3) == "]" else {
                return nil
            }
            let token = source.tokens[tokenIndex]
            guard token.kind == .string || token.kind == .noSubstitutionTemplate,
                let quoted = source.text(at: tokenIndex), quoted.count >= 2
            else {
                return nil
            }
            let name = String(quoted.dropFirst().dropLast())
            return methods.contains(name) ? (name, tokenIndex) : nil
        default:
            return nil
        }
    }
}
