import VixenCore

/// `checklist.asset-too-large` (warning): a changed image, font or video is over its size limit.
///
/// The limits are `checklist.max_image_size` (300 KB) and `checklist.max_font_size` and
/// `checklist.max_video_size` (1 MB each), in decimal units. Files in DOCS and TESTS are left
/// alone, because the site does not serve them, and so is a file only renamed.
public struct AssetTooLargeRule: ChecklistRule {
    public let id = RuleID(.checklist, "asset-too-large")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleAssetTooLargeShort() }
    public var fullDescription: LocalizedText { Catalog.ruleAssetTooLargeFull() }
    public var help: LocalizedText { Catalog.ruleAssetTooLargeHelp() }

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        let settings = input.context.configuration.checklist
        var findings: [Finding] = []
        for file in input.latestFiles where AssetKind.isServed(file, input: input) {
            let change = file.change
            guard let kind = AssetKind(path: change.path), change.size > kind.limit(settings) else {
                continue
            }
            let message = Catalog.checklistAssetTooLarge(
                path: change.path, kind: kind.catalogKind, size: change.size, limit: kind.limit(settings))
            findings.append(Finding(rule: id, severity: defaultSeverity, file: change.path, message: message))
        }
        return findings
    }

    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "image over 300 KB", changed: [.binary("frontend/public/hero.png", size: 300_001)],
                    unchanged: RuleExample.appLayout, expected: [.init("frontend/public/hero.png")]),
                RuleExample(
                    "font and video over 1 MB",
                    changed: [
                        .binary("frontend/src/fonts/Inter.woff2", size: 1_000_001),
                        .binary("frontend/public/intro.MP4", size: 4_000_000),
                    ],
                    unchanged: RuleExample.appLayout,
                    expected: [.init("frontend/src/fonts/Inter.woff2"), .init("frontend/public/intro.MP4")]),
                RuleExample(
                    "configured image limit", changed: [.binary("frontend/public/logo.svg", size: 60_000)],
                    unchanged: RuleExample.appLayout, configuration: "checklist:\n  max_image_size: 50 KB\n",
                    expected: [.init("frontend/public/logo.svg")]),
            ],
            nonTriggering: [
                RuleExample(
                    "image at the limit and small font",
                    changed: [
                        .binary("frontend/public/hero.jpg", size: 300_000),
                        .binary("frontend/src/fonts/a.woff", size: 90_000),
                    ],
                    unchanged: RuleExample.appLayout),
                RuleExample(
                    "documentation image and test fixture",
                    changed: [
                        .binary("docs/architecture.png", size: 2_000_000),
                        .binary("frontend/tests/fixtures/big.png", size: 2_000_000),
                    ],
                    unchanged: RuleExample.appLayout),
                RuleExample(
                    "large file that is not an asset", changed: [.binary("frontend/public/data.bin", size: 5_000_000)],
                    unchanged: RuleExample.appLayout),
                RuleExample(
                    "deleted image", changed: [.deleted("frontend/public/old.png")], unchanged: RuleExample.appLayout),
            ])
    }
}
