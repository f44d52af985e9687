/// Text from a hook's input or a ref name, made safe to quote in a message on a terminal.
///
/// Git forbids control characters in ref names but not in a revision the user typed, and the
/// input of a hook run by hand can contain anything. An ESC or a carriage return written raw
/// could restyle or overwrite what the terminal shows.
enum PrintableText {
    /// The maximum number of characters quoted; longer text is cut off with an ellipsis.
    static let maximumLength = 120

    /// Returns `text` with each control character (C0, DEL and C1) replaced by a `\xNN` escape,
    /// cut off after ``maximumLength`` characters.
    static func make(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(maximumLength) {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                let digits = String(scalar.value, radix: 16)
                result += "\\x" + (digits.count == 1 ? "0" + digits : digits)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return text.unicodeScalars.count > maximumLength ? result + "…" : result
    }
}
