/// Greedy word wrapping for help text.
enum TextWrapper {
    /// Splits `words` into lines of at most `width` characters, each line starting with a prefix.
    ///
    /// Words are never broken, so a word longer than the room on an empty line overflows it. Widths
    /// count characters (grapheme clusters), which matches terminal columns for the Latin text the
    /// catalog contains but not for wide scripts such as CJK. Trailing spaces are removed.
    static func wrap(
        _ words: [String],
        width: Int,
        firstPrefix: String = "",
        continuationPrefix: String = ""
    ) -> [String] {
        var lines: [String] = []
        var line = firstPrefix
        var lineHasWord = false

        for word in words {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = continuationPrefix + word
            } else {
                line += lineHasWord ? " " + word : word
            }
            lineHasWord = true
        }
        lines.append(line)

        return lines.map(trimmingTrailingSpaces)
    }

    /// Splits text into words at spaces.
    static func words(in text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var trimmed = line
        while trimmed.last == " " {
            trimmed.removeLast()
        }
        return trimmed
    }
}
