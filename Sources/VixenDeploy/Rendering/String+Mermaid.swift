extension String {
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
