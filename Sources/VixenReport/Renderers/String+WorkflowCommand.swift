import VixenCore

extension String {
    /// Escapes the string as the message of a GitHub Actions workflow command, the text after the
    /// second `::`.
    ///
    /// The runner decodes `%25`, `%0D` and `%0A` (actions/toolkit's `escapeData`), so `%` is encoded
    /// first and a line break cannot end the command or start another one. Other control characters
    /// become a visible `\xNN`, because the log viewer would read an ESC as a color or cursor command.
    func workflowCommandData() -> String {
        workflowCommandEscaped(isProperty: false)
    }

    /// Escapes the string as a property value of a workflow command, such as `file=` or `title=`.
    ///
    /// Besides what ``workflowCommandData()`` encodes, `:` becomes `%3A` and `,` becomes `%2C`
    /// (actions/toolkit's `escapeProperty`), because they end a property value.
    func workflowCommandProperty() -> String {
        workflowCommandEscaped(isProperty: true)
    }

    private func workflowCommandEscaped(isProperty: Bool) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where isProperty: result += "%3A"
            case "," where isProperty: result += "%2C"
            default: result += String(scalar).escapingControlCharacters()
            }
        }
        return result
    }
}
