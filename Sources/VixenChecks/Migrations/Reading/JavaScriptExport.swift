import VixenSyntax

/// Finds an exported function of a JavaScript or TypeScript module and its body, from the
/// module's tokens.
///
/// The forms read are `exports.name = ...`, `module.exports.name = ...`,
/// `export [async] function name(...)`, `export const name = ...` and a `name` entry in a
/// `module.exports = { ... }` object (`name(...) {`, `name: function (...) {`, `name: (...) => ...`,
/// or the shorthand `name`, which refers to a function declared in the file). The value may be
/// a function expression or an arrow function with a block or an expression body.
struct JavaScriptExport {
    /// The indices of the body's tokens: those between its braces, or an arrow function's expression.
    let body: Range<Int>
    /// The 1-based line where the export starts.
    let line: Int

    /// Returns the export `name` of `code`, or nil when the module does not export it.
    static func find(_ name: String, in code: JavaScriptCode) -> JavaScriptExport? {
        for index in code.tokens.indices where code.isWord(name, at: index) {
            if let export = export(at: index, name: name, in: code) {
                return export
            }
        }
        return nil
    }

    private static func export(at index: Int, name: String, in code: JavaScriptCode) -> JavaScriptExport? {
        let line = code.tokens[index].line
        let after = index + 1
        if code.isPunctuator(".", at: index - 1), code.isWord("exports", at: index - 2),
            code.isPunctuator("=", at: after)
        {
            return value(from: after + 1, line: line, in: code)
        }
        let keyword = code.text(at: index - 1)
        if keyword == "function", isExported(declarationAt: index - 1, in: code) {
            return functionBody(fromParameters: after, line: line, in: code)
        }
        if ["const", "let", "var"].contains(keyword), isExported(declarationAt: index - 1, in: code),
            code.isPunctuator("=", at: after)
        {
            return value(from: after + 1, line: line, in: code)
        }
        guard isInsideModuleExportsObject(index, in: code) else {
            return nil
        }
        if code.isPunctuator(":", at: after) {
            return value(from: after + 1, line: line, in: code)
        }
        if code.isPunctuator("(", at: after) {
            return functionBody(fromParameters: after, line: line, in: code)
        }
        if code.isPunctuator(",", at: after) || code.isPunctuator("}", at: after) {
            return declaredFunction(name, in: code)
        }
        return nil
    }

    /// Reads a function expression or an arrow function that starts at the token `start`.
    private static func value(from start: Int, line: Int, in code: JavaScriptCode) -> JavaScriptExport? {
        var index = start
        if code.isWord("async", at: index) {
            index += 1
        }
        if code.isWord("function", at: index) {
            guard let open = (index..<code.tokens.count).first(where: { code.isPunctuator("(", at: $0) }) else {
                return nil
            }
            return functionBody(fromParameters: open, line: line, in: code)
        }
        var arrow = index + 1
        if code.isPunctuator("(", at: index) {
            guard let close = code.matchingBracket(index) else {
                return nil
            }
            arrow = close + 1
        }
        arrow = skipTypeAnnotation(from: arrow, in: code)
        guard code.isPunctuator("=>", at: arrow) else {
            return nil
        }
        return arrowBody(from: arrow + 1, line: line, in: code)
    }

    /// Reads the body of `function name(...) {...}`, given the index of its `(`.
    private static func functionBody(fromParameters open: Int, line: Int, in code: JavaScriptCode)
        -> JavaScriptExport?
    {
        guard code.isPunctuator("(", at: open), let close = code.matchingBracket(open),
            let brace = ((close + 1)..<code.tokens.count).first(where: { code.isPunctuator("{", at: $0) }),
            let end = code.matchingBracket(brace)
        else {
            return nil
        }
        return JavaScriptExport(body: (brace + 1)..<end, line: line)
    }

    private static func arrowBody(from start: Int, line: Int, in code: JavaScriptCode) -> JavaScriptExport? {
        guard start < code.tokens.count else {
            return nil
        }
        if code.isPunctuator("{", at: start) {
            guard let end = code.matchingBracket(start) else {
                return nil
            }
            return JavaScriptExport(body: (start + 1)..<end, line: line)
        }
        var end = start
        while end < code.tokens.count {
            if let close = code.matchingBracket(end) {
                end = close + 1
                continue
            }
            let text = code.text(at: end)
            if code.tokens[end].kind == .punctuator, [")", "]", "}", ";", ","].contains(text) {
                break
            }
            end += 1
        }
        return JavaScriptExport(body: start..<end, line: line)
    }

    /// Skips a TypeScript return type such as `: Promise<void>` before an arrow.
    private static func skipTypeAnnotation(from index: Int, in code: JavaScriptCode) -> Int {
        guard code.isPunctuator(":", at: index) else {
            return index
        }
        var current = index
        while current < code.tokens.count, !code.isPunctuator("=>", at: current), !code.isPunctuator("{", at: current) {
            current += 1
        }
        return current
    }

    /// Returns the body of `function name(...)` or `const name = ...` declared anywhere in the file.
    private static func declaredFunction(_ name: String, in code: JavaScriptCode) -> JavaScriptExport? {
        for index in code.tokens.indices where code.isWord(name, at: index) {
            let line = code.tokens[index].line
            let keyword = code.text(at: index - 1)
            if keyword == "function" {
                return functionBody(fromParameters: index + 1, line: line, in: code)
            }
            if ["const", "let", "var"].contains(keyword), code.isPunctuator("=", at: index + 1) {
                return value(from: index + 2, line: line, in: code)
            }
        }
        return nil
    }

    /// Returns whether `export`, maybe followed by `async`, comes right before the declaration
    /// keyword at `keyword`.
    private static func isExported(declarationAt keyword: Int, in code: JavaScriptCode) -> Bool {
        let before = code.isWord("async", at: keyword - 1) ? keyword - 2 : keyword - 1
        return code.isWord("export", at: before)
    }

    /// Returns whether `index` is a key directly inside the object of `module.exports = { ... }`.
    private static func isInsideModuleExportsObject(_ index: Int, in code: JavaScriptCode) -> Bool {
        for start in code.tokens.indices where code.isWord("module", at: start) {
            guard code.isPunctuator(".", at: start + 1), code.isWord("exports", at: start + 2),
                code.isPunctuator("=", at: start + 3), code.isPunctuator("{", at: start + 4),
                let end = code.matchingBracket(start + 4), index > start + 4, index < end
            else {
                continue
            }
            return code.depth(of: index, from: start + 4) == 1
        }
        return false
    }
}
