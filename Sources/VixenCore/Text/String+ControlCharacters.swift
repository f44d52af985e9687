extension String {
    /// Replaces every control character with a visible `\xNN` escape.
    ///
    /// Paths, rule names and messages can contain any character that a commit or a configuration
    /// contains. Written raw, an ESC or a carriage return would let a file name restyle or overwrite
    /// the report on the user's terminal, and a line feed would break the layout. This covers C0
    /// (U+0000 to U+001F), DEL (U+007F) and C1 (U+0080 to U+009F), which some terminals read as commands.
    public func escapingControlCharacters() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += "\\x" + hexByte(scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private func hexByte(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }
}
