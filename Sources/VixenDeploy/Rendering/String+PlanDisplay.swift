extension String {
    /// Replaces control characters with a visible `\u{NN}`, so that a path or command read from the
    /// repository cannot start a new line or move the cursor in a terminal.
    func escapingControlCharacters() -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
