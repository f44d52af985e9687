import VixenSyntax

/// JavaScript and TypeScript reads: `process.env.X`, `process.env["X"]`, `import.meta.env.X`
/// and destructuring such as `const { X, Y } = process.env`.
///
/// The reads are found in tokens, so text in strings and comments does not count; in `.vue`
/// and `.svelte` files only `<script>` elements are read. Vite's own values on
/// `import.meta.env` (`MODE`, `BASE_URL`, `PROD`, `DEV`, `SSR`, as Vite 5 documents them) are
/// not environment variables and are left out. A computed key such as `process.env[name]` is
/// a dynamic lookup.
struct JavaScriptEnvSource: EnvSource {
    static let scriptExtensions: Set<String> = ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"]
    static let componentExtensions: Set<String> = ["vue", "svelte"]
    static let viteBuiltIns: Set<String> = ["MODE", "BASE_URL", "PROD", "DEV", "SSR"]

    func handles(_ path: String) -> Bool {
        guard let fileExtension = EnvSources.fileExtension(path) else {
            return false
        }
        return Self.scriptExtensions.contains(fileExtension) || Self.componentExtensions.contains(fileExtension)
    }

    func reads(path: String, bytes: [UInt8]) -> EnvFileReads {
        guard mentionsEnv(bytes) else {
            return .empty
        }
        var tokens: [JavaScriptToken] = []
        if let fileExtension = EnvSources.fileExtension(path), Self.componentExtensions.contains(fileExtension) {
            for script in ScriptElements.contents(in: bytes) {
                tokens += JavaScriptLexer.tokens(in: bytes, range: script.range, firstLine: script.firstLine)
            }
        } else {
            tokens = JavaScriptLexer.tokens(in: bytes)
        }
        let reader = TokenReader(path: path, bytes: bytes, tokens: tokens.filter { !$0.isComment })
        return reader.reads()
    }

    /// A quick test before lexing: the text must contain `env`.
    private func mentionsEnv(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0x65, bytes[index + 1] == 0x6E, bytes[index + 2] == 0x76 {
                return true
            }
            index += 1
        }
        return false
    }
}

/// Finds the reads in a file's tokens.
private struct TokenReader {
    let path: String
    let bytes: [UInt8]
    let tokens: [JavaScriptToken]

    func reads() -> EnvFileReads {
        var result = EnvFileReads()
        for index in tokens.indices {
            guard let (envIndex, isImportMeta) = environmentObject(at: index) else {
                continue
            }
            read(after: envIndex, start: index, isImportMeta: isImportMeta, into: &result)
            if !isImportMeta {
                result.reads += destructured(before: index)
            }
        }
        return result
    }

    /// Returns the index of `env` when `process.env` or `import.meta.env` starts at `index`.
    private func environmentObject(at index: Int) -> (Int, Bool)? {
        if text(index) == "process", tokens[index].kind == .identifier, !isMemberAccess(text(index - 1)),
            isMemberAccess(text(index + 1)), text(index + 2) == "env"
        {
            return (index + 2, false)
        }
        if text(index) == "import", tokens[index].kind == .keyword, text(index + 1) == ".",
            text(index + 2) == "meta", isMemberAccess(text(index + 3)), text(index + 4) == "env"
        {
            return (index + 4, true)
        }
        return nil
    }

    private func read(after envIndex: Int, start: Int, isImportMeta: Bool, into result: inout EnvFileReads) {
        let object = isImportMeta ? "import.meta.env" : "process.env"
        if isMemberAccess(text(envIndex + 1)), let name = text(envIndex + 2),
            tokens[envIndex + 2].kind == .identifier || tokens[envIndex + 2].kind == .keyword
        {
            add(name, line: tokens[envIndex + 2].line, isImportMeta: isImportMeta, into: &result)
            return
        }
        let open = text(envIndex + 1) == "?." ? envIndex + 2 : envIndex + 1
        guard text(open) == "[" else {
            return
        }
        let key = open + 1
        if tokens.indices.contains(key), text(key + 1) == "]",
            tokens[key].kind == .string || tokens[key].kind == .noSubstitutionTemplate,
            let quoted = text(key), quoted.count >= 2
        {
            add(
                String(quoted.dropFirst().dropLast()), line: tokens[key].line, isImportMeta: isImportMeta, into: &result
            )
            return
        }
        let expression = (key..<min(key + 8, tokens.count)).compactMap { text($0) }.prefix { $0 != "]" }.joined()
        result.dynamicLookups.append(
            EnvDynamicLookup(path: path, line: tokens[open].line, expression: "\(object)[\(expression)]"))
    }

    private func add(_ name: String, line: Int, isImportMeta: Bool, into result: inout EnvFileReads) {
        guard !name.isEmpty, !(isImportMeta && JavaScriptEnvSource.viteBuiltIns.contains(name)) else {
            return
        }
        result.reads.append(EnvRead(name: name, path: path, line: line, origin: .javascript))
    }

    /// Returns the keys of `{ A, B: b, C = 1, ...rest } = process.env` ending just before `start`.
    private func destructured(before start: Int) -> [EnvRead] {
        guard text(start - 1) == "=", text(start - 2) == "}" else {
            return []
        }
        var depth = 0
        var index = start - 2
        while index >= 0 {
            if text(index) == "}" {
                depth += 1
            } else if text(index) == "{" {
                depth -= 1
                if depth == 0 {
                    break
                }
            }
            index -= 1
        }
        guard index >= 0 else {
            return []
        }
        var reads: [EnvRead] = []
        var nesting = 0
        for position in (index + 1)..<(start - 2) {
            let word = text(position)
            if word == "{" || word == "[" || word == "(" {
                nesting += 1
            } else if word == "}" || word == "]" || word == ")" {
                nesting -= 1
            } else if nesting == 0, tokens[position].kind == .identifier,
                text(position - 1) == "{" || text(position - 1) == ",", let name = word
            {
                reads.append(EnvRead(name: name, path: path, line: tokens[position].line, origin: .javascript))
            }
        }
        return reads
    }

    private func isMemberAccess(_ text: String?) -> Bool {
        text == "." || text == "?."
    }

    private func text(_ index: Int) -> String? {
        tokens.indices.contains(index) ? tokens[index].text(in: bytes) : nil
    }
}
