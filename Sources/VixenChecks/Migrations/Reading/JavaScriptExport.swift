/// Finds an exported function of a JavaScript or TypeScript module and its body.
///
/// The forms read are `exports.name = ...`, `module.exports.name = ...`,
/// `export [async] function name(...)`, `export const name = ...` and a `name` entry in a
/// `module.exports = { ... }` object (`name(...) {`, `name: function (...) {`, `name: (...) => ...`,
/// or the shorthand `name`, which refers to a function declared in the file). The value may be
/// a function expression or an arrow function with a block or an expression body.
struct JavaScriptExport {
    /// The function's body: the code between its braces, or an arrow function's expression.
    let body: Range<Int>
    /// The 1-based line where the export starts.
    let line: Int

    /// Returns the export `name` of `source`, or nil when the module does not export it.
    static func find(_ name: String, in source: CLikeSource) -> JavaScriptExport? {
        for occurrence in source.occurrences(of: name) {
            if let export = export(at: occurrence, name: name, in: source) {
                return export
            }
        }
        return nil
    }

    private static func export(at offset: Int, name: String, in source: CLikeSource) -> JavaScriptExport? {
        let after = source.skipWhitespace(from: offset + name.count)
        let line = source.line(of: offset)
        if source.hasText("exports.", at: offset - 8), source.hasText("=", at: after), !source.hasText("==", at: after)
        {
            return value(from: after + 1, line: line, in: source)
        }
        if let keyword = previousWord(before: offset, in: source), keyword == "function",
            isExported(before: offset, in: source)
        {
            return functionBody(fromParameters: after, line: line, in: source)
        }
        if let keyword = previousWord(before: offset, in: source), ["const", "let", "var"].contains(keyword),
            isExported(before: offset, in: source), source.hasText("=", at: after)
        {
            return value(from: after + 1, line: line, in: source)
        }
        guard isInsideModuleExportsObject(offset, in: source) else {
            return nil
        }
        if source.hasText(":", at: after) {
            return value(from: after + 1, line: line, in: source)
        }
        if source.hasText("(", at: after) {
            return functionBody(fromParameters: after, line: line, in: source)
        }
        if source.hasText(",", at: after) || source.hasText("}", at: after) {
            return declaredFunction(name, in: source)
        }
        return nil
    }

    /// Reads a function expression or an arrow function that starts at or after `start`.
    private static func value(from start: Int, line: Int, in source: CLikeSource) -> JavaScriptExport? {
        var index = source.skipWhitespace(from: start)
        if source.hasText("async", at: index) {
            index = source.skipWhitespace(from: index + 5)
        }
        if source.hasText("function", at: index) {
            guard let open = source.code[index...].firstIndex(of: UInt8(ascii: "(")) else {
                return nil
            }
            return functionBody(fromParameters: open, line: line, in: source)
        }
        var arrowParameters = index
        if source.code.indices.contains(index), source.code[index] == UInt8(ascii: "(") {
            guard let close = source.matchingBracket(index) else {
                return nil
            }
            arrowParameters = close + 1
        } else {
            while arrowParameters < source.code.count, CLikeSource.isWordByte(source.code[arrowParameters]) {
                arrowParameters += 1
            }
        }
        let arrow = skipTypeAnnotation(from: source.skipWhitespace(from: arrowParameters), in: source)
        guard source.hasText("=>", at: arrow) else {
            return nil
        }
        return arrowBody(from: arrow + 2, line: line, in: source)
    }

    /// Reads the body of `function name(...)`, given the offset of its `(`.
    private static func functionBody(fromParameters open: Int, line: Int, in source: CLikeSource) -> JavaScriptExport? {
        guard source.code.indices.contains(open), source.code[open] == UInt8(ascii: "("),
            let close = source.matchingBracket(open),
            let brace = source.code[(close + 1)...].firstIndex(of: UInt8(ascii: "{")),
            let end = source.matchingBracket(brace)
        else {
            return nil
        }
        return JavaScriptExport(body: (brace + 1)..<end, line: line)
    }

    private static func arrowBody(from start: Int, line: Int, in source: CLikeSource) -> JavaScriptExport? {
        let index = source.skipWhitespace(from: start)
        guard index < source.code.count else {
            return nil
        }
        if source.code[index] == UInt8(ascii: "{") {
            guard let end = source.matchingBracket(index) else {
                return nil
            }
            return JavaScriptExport(body: (index + 1)..<end, line: line)
        }
        var end = index
        var depth = 0
        while end < source.code.count {
            let byte = source.code[end]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                if depth == 0 {
                    break
                }
                depth -= 1
            } else if depth == 0 && (byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",")) {
                break
            }
            end += 1
        }
        return JavaScriptExport(body: index..<end, line: line)
    }

    /// Skips a TypeScript return type such as `: Promise<void>` before an arrow.
    private static func skipTypeAnnotation(from index: Int, in source: CLikeSource) -> Int {
        guard source.hasText(":", at: index) else {
            return index
        }
        var current = index
        while current < source.code.count, !source.hasText("=>", at: current), source.code[current] != UInt8(ascii: "{")
        {
            current += 1
        }
        return current
    }

    /// Returns the body of `function name(...)` or `const name = ...` declared anywhere in the file.
    private static func declaredFunction(_ name: String, in source: CLikeSource) -> JavaScriptExport? {
        for occurrence in source.occurrences(of: name) {
            let after = source.skipWhitespace(from: occurrence + name.count)
            let line = source.line(of: occurrence)
            let keyword = previousWord(before: occurrence, in: source)
            if keyword == "function" {
                return functionBody(fromParameters: after, line: line, in: source)
            }
            if let keyword, ["const", "let", "var"].contains(keyword), source.hasText("=", at: after) {
                return value(from: after + 1, line: line, in: source)
            }
        }
        return nil
    }

    private static func previousWord(before offset: Int, in source: CLikeSource) -> String? {
        var end = offset
        while end > 0, source.code[end - 1] == 0x20 || source.code[end - 1] == 0x09 || source.code[end - 1] == 0x0A {
            end -= 1
        }
        var start = end
        while start > 0, CLikeSource.isWordByte(source.code[start - 1]) {
            start -= 1
        }
        return start < end ? String(decoding: source.code[start..<end], as: UTF8.self) : nil
    }

    /// Returns whether `export` (and maybe `async`) comes before the declaration at `offset`.
    private static func isExported(before offset: Int, in source: CLikeSource) -> Bool {
        let lineStart = source.code[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let prefix = String(decoding: source.code[lineStart..<offset], as: UTF8.self)
        return prefix.split(whereSeparator: \.isWhitespace).first == "export"
    }

    /// Returns whether `offset` is a key directly inside the object of `module.exports = { ... }`.
    private static func isInsideModuleExportsObject(_ offset: Int, in source: CLikeSource) -> Bool {
        for start in source.occurrences(of: "module") where source.hasText("module.exports", at: start) {
            let equals = source.skipWhitespace(from: start + "module.exports".count)
            guard source.hasText("=", at: equals) else {
                continue
            }
            let brace = source.skipWhitespace(from: equals + 1)
            guard source.hasText("{", at: brace), let end = source.matchingBracket(brace), offset > brace, offset < end
            else {
                continue
            }
            return depth(of: offset, from: brace, in: source) == 1
        }
        return false
    }

    private static func depth(of offset: Int, from start: Int, in source: CLikeSource) -> Int {
        var depth = 0
        for index in start..<offset {
            let byte = source.code[index]
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                depth -= 1
            }
        }
        return depth
    }
}
