import VixenCore
import VixenSyntax

/// `checklist.type-hints` (warning): a new or changed backend function lacks a parameter or
/// return annotation.
///
/// The rule reads `.py` and `.pyi` files of the BE component, so test files and migrations,
/// which resolve to TESTS and DB, are left alone. A function counts as new or changed when the
/// change adds one of its lines: a decorator, a line of its signature or a line of its body.
/// A nested function's lines are also its enclosing function's body lines, so a change to the
/// inner function reports an unannotated outer one too. Lambdas are expressions and are not
/// checked. ``MissingAnnotations`` lists the exemptions, which follow mypy.
public struct TypeHintsRule: ChecklistRule {
    public let id = RuleID(.checklist, "type-hints")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleTypeHintsShort() }
    public var fullDescription: LocalizedText { Catalog.ruleTypeHintsFull() }
    public var help: LocalizedText { Catalog.ruleTypeHintsHelp() }

    public init() {}

    /// Reports each changed function that lacks an annotation once, at its `def` line (the
    /// `async` line for `async def`).
    public func findings(in input: ChecklistInput) throws -> [Finding] {
        var findings: [Finding] = []
        for file in try BackendPythonFile.all(in: input) {
            for function in file.module.functions where file.isChanged(function) {
                let missing = MissingAnnotations(of: function)
                guard !missing.isEmpty else {
                    continue
                }
                findings.append(
                    Finding(
                        rule: id, severity: defaultSeverity, file: file.path, line: function.keyword.line,
                        message: Catalog.checklistTypeHints(
                            function: function.qualifiedName, path: file.path, parameters: missing.parameters,
                            isReturnMissing: missing.isReturnMissing)))
            }
        }
        return findings
    }
}
