extension String {
    /// Escapes the string as plain text of a GitHub-flavored Markdown paragraph or table cell.
    ///
    /// Every ASCII punctuation character that Markdown, GitHub's extensions or HTML give a meaning to is
    /// backslash-escaped, which CommonMark allows for any ASCII punctuation: emphasis, code, links and
    /// images, headings, HTML tags and entities, strikethrough, table cell separators and `$` math.
    /// Line breaks become `<br>`, the only break a table cell can hold, and other control characters
    /// become a visible `\xNN`.
    public func markdownEscaped() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousWasCarriageReturn = false
        for scalar in unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn:
                continue
            case "\r", "\n", "\u{2028}", "\u{2029}", "\u{85}":
                result += "<br>"
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!", "&", "$", "@", "(", ")", "{", "}":
                result += "\\" + String(scalar)
            default:
                result += String(scalar).escapingControlCharacters()
            }
        }
        return result
    }

    /// Writes the string as a Markdown code span, as GitHub-flavored Markdown reads it inside a table cell.
    ///
    /// The span is fenced by one backtick more than the longest run of backticks inside, and padded with
    /// spaces when the text starts or ends with a backtick, as CommonMark requires. `|` becomes `\|`, which
    /// GitHub's tables read as a `|` even inside code. Line breaks become spaces and other control
    /// characters a visible `\xNN`, because a code span shows its text as it is.
    public func markdownCodeSpan() -> String {
        var content = ""
        var longestRun = 0
        var currentRun = 0
        for scalar in unicodeScalars {
            currentRun = scalar == "`" ? currentRun + 1 : 0
            longestRun = max(longestRun, currentRun)
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
}
