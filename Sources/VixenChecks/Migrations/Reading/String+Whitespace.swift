extension StringProtocol {
    /// Returns the text without leading and trailing whitespace.
    func strippingWhitespace() -> String {
        var result = Substring(self).drop(while: \.isWhitespace)
        while let last = result.last, last.isWhitespace {
            result = result.dropLast()
        }
        return String(result)
    }
}
