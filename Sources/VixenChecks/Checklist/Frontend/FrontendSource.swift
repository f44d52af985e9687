import VixenCore
import VixenSyntax

/// A frontend source file with added lines, lexed, and which of its lines the change adds.
///
/// Each version a change adds lines to is read on its own. The range's version is lexed whole
/// from the head commit, so a `console.log` inside a string or a comment that spans lines is
/// read as such. A file the index or work tree adds is lexed whole from its added text. A file
/// they modify is lexed one run of added lines at a time, because the rest of that version is
/// not available.
// NOTE: lexing a run of added lines alone can misread a line that continues a comment, string
// or template begun above the run.
public struct FrontendSource: Sendable {
    public let path: String
    /// The bytes the tokens point into.
    public let bytes: [UInt8]
    /// The tokens other than comments, in source order.
    public let tokens: [JavaScriptToken]
    public let addedLines: Set<Int>

    /// The extensions of files read as JavaScript or TypeScript.
    static let scriptExtensions: Set<String> = ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"]
    /// The extensions of single-file components, whose `<script>` elements are read.
    static let componentExtensions: Set<String> = ["vue", "svelte"]

    /// Returns whether `path` is frontend source outside tests: in the FE component, with a
    /// script or component extension, and not named or placed as a test.
    static func isFrontendSource(_ path: String, components: ComponentResolver) -> Bool {
        guard components.component(for: path) == .frontend else {
            return false
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let parts = name.split(separator: ".")
        guard parts.count >= 2, let last = parts.last else {
            return false
        }
        let fileExtension = last.lowercased()
        guard scriptExtensions.contains(fileExtension) || componentExtensions.contains(fileExtension) else {
            return false
        }
        let innerParts = parts.dropFirst().dropLast().map { $0.lowercased() }
        let isTest = innerParts.contains("test") || innerParts.contains("spec") || path.contains("__tests__/")
        return !isTest
    }

    /// Returns the frontend sources with added lines in the range, the index and the work tree.
    static func all(in context: CheckContext) throws -> [FrontendSource] {
        let changes = context.changes
        var sources: [FrontendSource] = []
        for file in changes.overall where isCandidate(file, context) {
            guard let bytes = try context.head.contents(of: file.path) else {
                continue
            }
            sources.append(lexed(file.path, bytes: bytes, added: Set(file.addedText.lines.map(\.number))))
        }
        for file in changes.staged + changes.worktree where isCandidate(file, context) {
            let added = file.addedText
            if file.status == .added {
                sources.append(lexed(file.path, bytes: added.bytes, added: Set(added.lines.map(\.number))))
            } else {
                sources.append(lexedHunks(file.path, added))
            }
        }
        return sources
    }

    private static func isCandidate(_ file: FileChange, _ context: CheckContext) -> Bool {
        file.status != .deleted && !file.addedText.isEmpty
            && isFrontendSource(file.path, components: context.components)
    }

    private static func lexed(_ path: String, bytes: [UInt8], added: Set<Int>) -> FrontendSource {
        var tokens: [JavaScriptToken] = []
        if isComponentFile(path) {
            for script in ScriptElements.contents(in: bytes) {
                tokens += JavaScriptLexer.tokens(in: bytes, range: script.range, firstLine: script.firstLine)
            }
        } else {
            tokens = JavaScriptLexer.tokens(in: bytes)
        }
        return FrontendSource(path: path, bytes: bytes, tokens: tokens.filter { !$0.isComment }, addedLines: added)
    }

    private static func lexedHunks(_ path: String, _ added: AddedText) -> FrontendSource {
        var tokens: [JavaScriptToken] = []
        for hunk in added.hunks {
            tokens += JavaScriptLexer.tokens(in: added.bytes, range: hunk.range, firstLine: hunk.firstLine)
        }
        let lines = Set(added.lines.map(\.number))
        return FrontendSource(
            path: path, bytes: added.bytes, tokens: tokens.filter { !$0.isComment }, addedLines: lines)
    }

    private static func isComponentFile(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else {
            return false
        }
        return componentExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// Returns the text of the token at `index`, or nil past either end.
    func text(at index: Int) -> String? {
        tokens.indices.contains(index) ? tokens[index].text(in: bytes) : nil
    }
}
