import VixenCore

/// `checklist.source-map` (warning): a changed `*.map` file is a JavaScript or CSS source map,
/// wherever it is: under `dist/`, `build/`, `.next/` or anywhere else.
///
/// A `.map` file counts when the name before `.map` ends in a script or style extension
/// (`app.js.map`, `main.css.map`), or when its text is JSON with a `"mappings"` key, as every
/// source map of version 3 has.
public struct SourceMapRule: ChecklistRule {
    public let id = RuleID(.checklist, "source-map")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleSourceMapShort() }
    public var fullDescription: LocalizedText { Catalog.ruleSourceMapFull() }
    public var help: LocalizedText { Catalog.ruleSourceMapHelp() }

    static let mappedExtensions: Set<String> = ["js", "mjs", "cjs", "jsx", "ts", "tsx", "css", "scss"]

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        var findings: [Finding] = []
        for file in input.latestFiles where AssetKind.fileExtension(of: file.change.path) == "map" {
            guard try Self.isSourceMap(file, input: input) else {
                continue
            }
            let path = file.change.path
            findings.append(
                Finding(
                    rule: id, severity: defaultSeverity, file: path, message: Catalog.checklistSourceMap(path: path)))
        }
        return findings
    }

    private static func isSourceMap(_ file: ChangedFile, input: ChecklistInput) throws -> Bool {
        let withoutMap = String(file.change.path.dropLast(4))
        if mappedExtensions.contains(AssetKind.fileExtension(of: withoutMap)) {
            return true
        }
        guard let bytes = try input.wholeText(of: file) else {
            return false
        }
        let text = String(decoding: bytes.prefix(65_536), as: UTF8.self)
        return text.drop(while: \.isWhitespace).hasPrefix("{") && text.contains("\"mappings\"")
    }

    public var examples: RuleExamples {
        let map = #"{"version":3,"sources":["app.ts"],"mappings":"AAAA"}"#
        return RuleExamples(
            triggering: [
                RuleExample(
                    "build output committed",
                    changed: [.added("frontend/dist/assets/index-4f2a.js.map", map)],
                    unchanged: RuleExample.appLayout, expected: [.init("frontend/dist/assets/index-4f2a.js.map")]),
                RuleExample(
                    "style map in .next", changed: [.added("frontend/.next/static/main.css.map", "{}")],
                    unchanged: RuleExample.appLayout, expected: [.init("frontend/.next/static/main.css.map")]),
                RuleExample(
                    "source map by content", changed: [.added("public/bundle.map", map)],
                    expected: [.init("public/bundle.map")]),
            ],
            nonTriggering: [
                RuleExample(
                    "a .map file that is not a source map", changed: [.added("maps/level1.map", "tiles: 32x32\n")]),
                RuleExample("deleted source map", changed: [.deleted("frontend/dist/app.js.map")]),
                RuleExample("JavaScript file", changed: [.added("frontend/src/map.js", "export const map = {}\n")]),
            ])
    }
}
