/// Reads the name inside a quoted identifier's source text.
enum SQLQuotedIdentifier {
    private static let quote: Unicode.Scalar = "\""

    /// Returns the content of `"…"` or `U&"…"` with each doubled quote made single; for an identifier
    /// that the text ends inside, everything after its opening quote.
    static func content(of text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.starts(with: "U&".unicodeScalars) || scalars.starts(with: "u&".unicodeScalars) {
            scalars = scalars.dropFirst(2)
        }
        scalars = scalars.dropFirst()
        // The last quote closes the identifier only when the run of quotes at the end is odd;
        // an even run is doubled quotes inside an identifier left open.
        let trailingQuotes = scalars.reversed().prefix { $0 == quote }.count
        if trailingQuotes % 2 == 1 {
            scalars = scalars.dropLast()
        }

        var content = String.UnicodeScalarView()
        var skipNextQuote = false
        for scalar in scalars {
            if scalar == quote && skipNextQuote {
                skipNextQuote = false
                continue
            }
            skipNextQuote = scalar == quote
            content.append(scalar)
        }
        return String(content)
    }
}
