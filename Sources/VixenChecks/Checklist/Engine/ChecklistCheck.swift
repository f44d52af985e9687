import VixenCore

/// The `checklist.*` rules: the team's pre-deployment checklist, as far as a change shows it.
///
/// Each rule is a file under `Checklist/<Area>/`. ``rules`` lists them in the order their
/// descriptions are listed; the engine sorts the findings afterwards.
public struct ChecklistCheck: Check {
    public static let rules: [any ChecklistRule] = [
        ConsoleOutputRule(), DebuggerRule(),
        AssetTooLargeRule(), AssetModernFormatRule(), SourceMapRule(),
        DockerUnpinnedBaseRule(), DockerRootUserRule(), DockerHealthcheckRule(), DockerIgnoreRule(),
        DockerSingleStageRule(),
        ComponentTestsRule(),
        TypeHintsRule(),
    ]

    public init() {}

    /// Runs every rule.
    ///
    /// The test rule reports nothing here, because only `check --run-tests` runs the commands,
    /// and that command reports their outcome through ``ComponentTestsRule``.
    public func run(_ context: CheckContext) throws -> [Finding] {
        let input = try ChecklistInput(context: context)
        var findings: [Finding] = []
        for rule in Self.rules {
            findings += try rule.findings(in: input)
        }
        return findings
    }
}
