/// Puts variable values into Dockerfile text: `$NAME`, `${NAME}`, `${NAME:-default}` and
/// `${NAME:+alternative}`, as Docker substitutes them in `FROM`, `USER` and other instructions.
public enum DockerVariableExpander {
    /// Returns `text` with its variables replaced, or nil when it uses a variable that
    /// `values` lacks (unless a `:-` default covers it) or a form this reader does not know.
    ///
    /// A `\$` stays a literal `$`.
    public static func expand(_ text: String, values: [String: String]) -> String? {
        var result = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == "\\", rest.dropFirst().first == "$" {
                result.append("$")
                rest = rest.dropFirst(2)
                continue
            }
            guard first == "$" else {
                result.append(first)
                rest = rest.dropFirst()
                continue
            }
            rest = rest.dropFirst()
            if rest.first == "{" {
                guard let close = rest.firstIndex(of: "}") else {
                    return nil
                }
                guard let value = expandBraced(rest[rest.index(after: rest.startIndex)..<close], values: values) else {
                    return nil
                }
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                guard !name.isEmpty else {
                    result.append("$")
                    continue
                }
                guard let value = values[String(name)] else {
                    return nil
                }
                result += value
                rest = rest.dropFirst(name.count)
            }
        }
        return result
    }

    /// Expands the inside of `${…}`.
    private static func expandBraced(_ body: Substring, values: [String: String]) -> String? {
        let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        let modifier = body.dropFirst(name.count)
        let value = values[String(name)]
        if modifier.isEmpty {
            return value
        }
        if modifier.hasPrefix(":-") {
            if let value, !value.isEmpty {
                return value
            }
            return expand(String(modifier.dropFirst(2)), values: values)
        }
        if modifier.hasPrefix(":+") {
            guard let value else {
                return nil
            }
            return value.isEmpty ? "" : expand(String(modifier.dropFirst(2)), values: values)
        }
        return nil
    }
}
