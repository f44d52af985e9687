extension String {
    /// Escapes the string as plain text of a GitHub-flavored Markdown paragraph or table cell.
    ///
    /// ASCII punctuation that Markdown, GitHub's extensions or HTML give a meaning to is
    /// backslash-escaped, which CommonMark allows for any ASCII punctuation. Line breaks become `<br>`,
    /// the only break a table cell can hold, and other control characters a visible `\u{NN}`.
    func markdownEscaped() -> String {
        var result = ""
        for scalar in replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\r", "\n":
                result += "<br>"
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!", "&", "$", "@", "(", ")", "{", "}":
                result += "\\" + String(scalar)
            default:
                result += String(scalar).escapingControlCharacters()
            }
        }
        return result
    }

    /// Writes the string as a Markdown code span that a GitHub table cell can hold.
    ///
    /// The span is fenced by one backtick more than the longest run of backticks inside, and padded with
    /// spaces when the text starts or ends with a backtick, as CommonMark requires. `|` becomes `\|`,
    /// which GitHub's tables read as `|` even inside code, and line breaks become spaces.
    func markdownCodeSpan() -> String {
        var content = ""
        var longestRun = 0
        var run = 0
        for scalar in unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
            switch scalar {
            case "|": content += "\\|"
            case "\r", "\n": content += " "
            default: content += String(scalar).escapingControlCharacters()
            }
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padding = content.hasPrefix("`") || content.hasSuffix("`") ? " " : ""
        return fence + padding + content + padding + fence
    }

    /// Escapes the string for a quoted Mermaid node label, `id["label"]`.
    ///
    /// Mermaid reads `#name;` and `#number;` as entity codes in labels, so `"`, `#`, `<`, `>`, `&` and
    /// the backtick are written that way, and line breaks and other control characters become spaces.
    func mermaidLabelEscaped() -> String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": result += "#quot;"
            case "#": result += "#35;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "&": result += "#amp;"
            case "`": result += "#96;"
            default:
                if scalar.properties.generalCategory == .control {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
