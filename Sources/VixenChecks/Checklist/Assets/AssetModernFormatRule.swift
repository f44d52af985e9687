import VixenCore

/// `checklist.asset-modern-format` (info): a changed PNG or JPEG of at least
/// `checklist.modern_format_min_size` (100 KB) has no WebP or AVIF version beside it.
///
/// A version beside it is a file in the same folder with the same name before the extension, or
/// with `.webp` or `.avif` added to the whole name (`hero.webp` or `hero.png.webp`).
public struct AssetModernFormatRule: ChecklistRule {
    public let id = RuleID(.checklist, "asset-modern-format")
    public let defaultSeverity = Severity.info
    public var shortDescription: LocalizedText { Catalog.ruleAssetModernFormatShort() }
    public var fullDescription: LocalizedText { Catalog.ruleAssetModernFormatFull() }
    public var help: LocalizedText { Catalog.ruleAssetModernFormatHelp() }

    static let legacyExtensions: Set<String> = ["png", "jpg", "jpeg"]

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        let minimum = input.context.configuration.checklist.modernFormatMinSize
        var findings: [Finding] = []
        for file in input.latestFiles where AssetKind.isServed(file, input: input) {
            let path = file.change.path
            let fileExtension = AssetKind.fileExtension(of: path)
            guard Self.legacyExtensions.contains(fileExtension), file.change.size >= minimum,
                !Self.hasModernVersion(path, fileExtension: fileExtension, input: input)
            else {
                continue
            }
            findings.append(
                Finding(
                    rule: id, severity: defaultSeverity, file: path,
                    message: Catalog.checklistAssetModernFormat(path: path, size: file.change.size)))
        }
        return findings
    }

    private static func hasModernVersion(_ path: String, fileExtension: String, input: ChecklistInput) -> Bool {
        let stem = String(path.dropLast(fileExtension.count + 1))
        let candidates = ["webp", "avif"].flatMap { ["\(stem).\($0)", "\(path).\($0)"] }
        return candidates.contains(where: input.fileExists)
    }

    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "large photo without a WebP version", changed: [.binary("frontend/public/team.jpg", size: 150_000)],
                    unchanged: RuleExample.appLayout, expected: [.init("frontend/public/team.jpg")]),
                RuleExample(
                    "WebP version in another folder", changed: [.binary("frontend/public/a/hero.PNG", size: 100_000)],
                    unchanged: RuleExample.appLayout.merging(["frontend/public/b/hero.webp": ""]) { $1 },
                    expected: [.init("frontend/public/a/hero.PNG")]),
            ],
            nonTriggering: [
                RuleExample(
                    "small PNG", changed: [.binary("frontend/public/icon.png", size: 99_999)],
                    unchanged: RuleExample.appLayout),
                RuleExample(
                    "WebP version beside it",
                    changed: [
                        .binary("frontend/public/hero.png", size: 400_000),
                        .binary("frontend/public/hero.webp", size: 90_000),
                    ],
                    unchanged: RuleExample.appLayout),
                RuleExample(
                    "AVIF version already committed", changed: [.binary("frontend/public/bg.jpeg", size: 200_000)],
                    unchanged: RuleExample.appLayout.merging(["frontend/public/bg.jpeg.avif": ""]) { $1 }),
                RuleExample(
                    "large GIF, which only the size limit judges",
                    changed: [.binary("frontend/public/a.gif", size: 200_000)],
                    unchanged: RuleExample.appLayout),
            ])
    }
}
